import{A as e,F as t,K as n,N as r,O as i,Q as a,bt as o,d as s,f as c,g as l,h as u,i as d,it as f,l as p,p as m,u as h,v as g,vt as _,yt as v}from"./runtime-core.esm-bundler-wPbiH5qB.js";import{C as y,X as b,j as x,l as S,n as C}from"./index-Vn1Yw5C5.js";import{At as w,B as T,Dt as E,Et as D,G as O,It as k,L as A,M as ee,Mt as j,N as te,_ as M,g as N,h as P,j as F,k as I,m as L,z as R}from"./Button-BwbACcSz.js";import{n as z,t as B}from"./StatCard-dt1UMJPi.js";import{c as V,d as ne,n as H,p as re,r as U,t as ie}from"./DataState-ZJossTmU.js";import{t as ae}from"./resource-D3T2Pi8C.js";function W(e){let{infoColor:t,successColor:n,warningColor:r,errorColor:i,textColor2:a,progressRailColor:o,fontSize:s,fontWeight:c}=e;return{fontSize:s,fontSizeCircle:`28px`,fontWeightCircle:c,railColor:o,railHeight:`8px`,iconSizeCircle:`36px`,iconSizeLine:`18px`,iconColor:t,iconColorInfo:t,iconColorSuccess:n,iconColorWarning:r,iconColorError:i,textColorCircle:a,textColorLineInner:`rgb(255, 255, 255)`,textColorLineOuter:a,fillColor:t,fillColorInfo:t,fillColorSuccess:n,fillColorWarning:r,fillColorError:i,lineBgProcessing:`linear-gradient(90deg, rgba(255, 255, 255, .3) 0%, rgba(255, 255, 255, .5) 100%)`}}var G={name:`Progress`,common:te,self:W},K=[`id`],q=[`stop-color`],J=[`stop-color`],oe=[`viewBox`],se=[`d`,`stroke-width`],ce=[`d`,`stroke-width`],le={success:(r(),s(P)),error:(r(),s(M)),warning:(r(),s(L)),info:(r(),s(N))},ue=g({name:`ProgressCircle`,props:{clsPrefix:{type:String,required:!0},status:{type:String,required:!0},strokeWidth:{type:Number,required:!0},fillColor:[String,Object],railColor:String,railStyle:[String,Object],percentage:{type:Number,default:0},offsetDegree:{type:Number,default:0},showIndicator:{type:Boolean,required:!0},indicatorTextColor:String,unit:String,viewBoxWidth:{type:Number,required:!0},gapDegree:{type:Number,required:!0},gapOffsetDegree:{type:Number,default:0}},setup(e,{slots:t}){let n=p(()=>{let t=`gradient`,{fillColor:n}=e;return typeof n==`object`?`${t}-${k(JSON.stringify(n))}`:t});function i(t,r,i,a){let{gapDegree:o,viewBoxWidth:s,strokeWidth:c}=e,l=50+c/2,u=`M ${l},${l} m 0,50
      a 50,50 0 1 1 0,-100
      a 50,50 0 1 1 0,100`,d=Math.PI*2*50;return{pathString:u,pathStyle:{stroke:a===`rail`?i:typeof e.fillColor==`object`?`url(#${n.value})`:i,strokeDasharray:`${Math.min(t,100)/100*(d-o)}px ${s*8}px`,strokeDashoffset:`-${o/2}px`,transformOrigin:r?`center`:void 0,transform:r?`rotate(${r}deg)`:void 0}}}let a=()=>{let t=typeof e.fillColor==`object`,i=t?e.fillColor.stops[0]:``,a=t?e.fillColor.stops[1]:``;return t&&(r(),m(`defs`,null,[h(`linearGradient`,{id:n.value,x1:`0%`,y1:`100%`,x2:`100%`,y2:`0%`},[h(`stop`,{offset:`0%`,"stop-color":i},null,8,q),h(`stop`,{offset:`100%`,"stop-color":a},null,8,J)],8,K)]))};return()=>{let{fillColor:n,railColor:o,strokeWidth:c,offsetDegree:l,status:u,percentage:f,showIndicator:p,indicatorTextColor:g,unit:_,gapOffsetDegree:y,clsPrefix:b}=e,{pathString:x,pathStyle:S}=i(100,0,o,`rail`),{pathString:C,pathStyle:w}=i(f,l,n,`fill`),E=100+c;return r(),m(`div`,{class:A(`${b}-progress-content`),role:`none`},[h(`div`,{class:A(`${b}-progress-graph`),"aria-hidden":!0},[h(`div`,{class:A(`${b}-progress-graph-circle`),style:v({transform:y?`rotate(${y}deg)`:void 0})},[(r(),m(`svg`,{viewBox:`0 0 ${E} ${E}`},[T(()=>a()),h(`g`,null,[h(`path`,{class:A(`${b}-progress-graph-circle-rail`),d:x,"stroke-width":c,"stroke-linecap":`round`,fill:`none`,style:v(S)},null,14,se)]),h(`g`,null,[h(`path`,{class:A([`${b}-progress-graph-circle-fill`,f===0&&`${b}-progress-graph-circle-fill--empty`]),d:C,"stroke-width":c,"stroke-linecap":`round`,fill:`none`,style:v(w)},null,14,ce)])],8,oe))],6)],2),p?(r(),m(`div`,{key:0},[t.default?(r(),m(`div`,{key:0,class:A(`${b}-progress-custom-content`),role:`none`},[T(()=>t.default())],2)):(r(),m(d,{key:1},[u==="default"?(r(),m(`div`,{key:1,class:A(`${b}-progress-text`),style:v({color:g}),role:`none`},[h(`span`,{class:A(`${b}-progress-text__percentage`)},[T(()=>f)],2),h(`span`,{class:A(`${b}-progress-text__unit`)},[T(()=>_)],2)],6)):(r(),m(`div`,{key:0,class:A(`${b}-progress-icon`),"aria-hidden":!0},[(r(),s(I,{clsPrefix:b},{default:()=>le[u]},1032,[`clsPrefix`]))],2))],64))])):T(()=>null)],2)}}}),de={success:(r(),s(P)),error:(r(),s(M)),warning:(r(),s(L)),info:(r(),s(N))},fe=g({name:`ProgressLine`,props:{clsPrefix:{type:String,required:!0},percentage:{type:Number,default:0},railColor:String,railStyle:[String,Object],fillColor:[String,Object],status:{type:String,required:!0},indicatorPlacement:{type:String,required:!0},indicatorTextColor:String,unit:{type:String,default:`%`},processing:{type:Boolean,required:!0},showIndicator:{type:Boolean,required:!0},height:[String,Number],railBorderRadius:[String,Number],fillBorderRadius:[String,Number]},setup(e,{slots:t}){let n=p(()=>b(e.height)),i=p(()=>typeof e.fillColor==`object`?`linear-gradient(to right, ${e.fillColor?.stops[0]} , ${e.fillColor?.stops[1]})`:e.fillColor),a=p(()=>e.railBorderRadius===void 0?e.height===void 0?``:b(e.height,{c:.5}):b(e.railBorderRadius)),o=p(()=>e.fillBorderRadius===void 0?e.railBorderRadius===void 0?e.height===void 0?``:b(e.height,{c:.5}):b(e.railBorderRadius):b(e.fillBorderRadius));return()=>{let{indicatorPlacement:c,railColor:l,railStyle:u,percentage:f,unit:p,indicatorTextColor:g,status:_,showIndicator:y,processing:b,clsPrefix:x}=e;return r(),m(`div`,{class:A(`${x}-progress-content`),role:`none`},[h(`div`,{class:A(`${x}-progress-graph`),"aria-hidden":!0},[h(`div`,{class:A([`${x}-progress-graph-line`,{[`${x}-progress-graph-line--indicator-${c}`]:!0}])},[h(`div`,{class:A(`${x}-progress-graph-line-rail`),style:v([{backgroundColor:l,height:n.value,borderRadius:a.value},u])},[h(`div`,{class:A([`${x}-progress-graph-line-fill`,b&&`${x}-progress-graph-line-fill--processing`]),style:v({maxWidth:`${e.percentage}%`,background:i.value,height:n.value,lineHeight:n.value,borderRadius:o.value})},[c===`inside`?(r(),m(`div`,{key:0,class:A(`${x}-progress-graph-line-indicator`),style:v({color:g})},[t.default?(r(),m(d,{key:0},[T(()=>t.default())],64)):(r(),m(d,{key:1},[T(()=>`${f}${p}`)],64))],6)):T(()=>null)],6)],6)],2)],2),y&&c===`outside`?(r(),m(`div`,{key:0},[t.default?(r(),m(`div`,{key:0,class:A(`${x}-progress-custom-content`),style:v({color:g}),role:`none`},[T(()=>t.default())],6)):(r(),m(d,{key:1},[_==="default"?(r(),m(`div`,{key:0,role:`none`,class:A(`${x}-progress-icon ${x}-progress-icon--as-text`),style:v({color:g})},[T(()=>f),T(()=>p)],6)):(r(),m(`div`,{key:1,class:A(`${x}-progress-icon`),"aria-hidden":!0},[(r(),s(I,{clsPrefix:x},{default:()=>de[_]},1032,[`clsPrefix`]))],2))],64))])):T(()=>null)],2)}}}),pe=[`id`],me=[`stop-color`],he=[`stop-color`],ge=[`d`,`stroke-width`],_e=[`d`,`stroke-width`],ve=[`viewBox`];function Y(e,t,n=100){return`m ${n/2} ${n/2-e} a ${e} ${e} 0 1 1 0 ${2*e} a ${e} ${e} 0 1 1 0 -${2*e}`}var ye=g({name:`ProgressMultipleCircle`,props:{clsPrefix:{type:String,required:!0},viewBoxWidth:{type:Number,required:!0},percentage:{type:Array,default:[0]},strokeWidth:{type:Number,required:!0},circleGap:{type:Number,required:!0},showIndicator:{type:Boolean,required:!0},fillColor:{type:Array,default:()=>[]},railColor:{type:Array,default:()=>[]},railStyle:{type:Array,default:()=>[]}},setup(e,{slots:t}){let n=p(()=>e.percentage.map((t,n)=>`${Math.PI*t/100*(e.viewBoxWidth/2-e.strokeWidth/2*(1+2*n)-e.circleGap*n)*2}, ${e.viewBoxWidth*8}`)),i=(t,n)=>{let i=e.fillColor[n],a=typeof i==`object`?i.stops[0]:``,o=typeof i==`object`?i.stops[1]:``;return typeof e.fillColor[n]==`object`&&(r(),m(`linearGradient`,{id:`gradient-${n}`,x1:`100%`,y1:`0%`,x2:`0%`,y2:`100%`},[h(`stop`,{offset:`0%`,"stop-color":a},null,8,me),h(`stop`,{offset:`100%`,"stop-color":o},null,8,he)],8,pe))};return()=>{let{viewBoxWidth:a,strokeWidth:o,circleGap:s,showIndicator:c,fillColor:l,railColor:u,railStyle:d,percentage:f,clsPrefix:p}=e;return r(),m(`div`,{class:A(`${p}-progress-content`),role:`none`},[h(`div`,{class:A(`${p}-progress-graph`),"aria-hidden":!0},[h(`div`,{class:A(`${p}-progress-graph-circle`)},[(r(),m(`svg`,{viewBox:`0 0 ${a} ${a}`},[h(`defs`,null,[T(()=>f.map((e,t)=>i(e,t)))]),T(()=>f.map((e,t)=>(r(),m(`g`,{key:t},[h(`path`,{class:A(`${p}-progress-graph-circle-rail`),d:Y(a/2-o/2*(1+2*t)-s*t,o,a),"stroke-width":o,"stroke-linecap":`round`,fill:`none`,style:v([{strokeDashoffset:0,stroke:u[t]},d[t]])},null,14,ge),h(`path`,{class:A([`${p}-progress-graph-circle-fill`,e===0&&`${p}-progress-graph-circle-fill--empty`]),d:Y(a/2-o/2*(1+2*t)-s*t,o,a),"stroke-width":o,"stroke-linecap":`round`,fill:`none`,style:v({strokeDasharray:n.value[t],strokeDashoffset:0,stroke:typeof l[t]==`object`?`url(#gradient-${t})`:l[t]})},null,14,_e)]))))],8,ve))],2)],2),c&&t.default?(r(),m(`div`,{key:0},[h(`div`,{class:A(`${p}-progress-text`)},[T(()=>t.default())],2)])):T(()=>null)],2)}}}),be=D([E(`progress`,{display:`inline-block`},[E(`progress-icon`,`
 color: var(--n-icon-color);
 transition: color .3s var(--n-bezier);
 `),w(`line`,`
 width: 100%;
 display: block;
 `,[E(`progress-content`,`
 display: flex;
 align-items: center;
 `,[E(`progress-graph`,{flex:1})]),E(`progress-custom-content`,{marginLeft:`14px`}),E(`progress-icon`,`
 width: 30px;
 padding-left: 14px;
 height: var(--n-icon-size-line);
 line-height: var(--n-icon-size-line);
 font-size: var(--n-icon-size-line);
 `,[w(`as-text`,`
 color: var(--n-text-color-line-outer);
 text-align: center;
 width: 40px;
 font-size: var(--n-font-size);
 padding-left: 4px;
 transition: color .3s var(--n-bezier);
 `)])]),w(`circle, dashboard`,{width:`120px`},[E(`progress-custom-content`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 justify-content: center;
 `),E(`progress-text`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 color: inherit;
 font-size: var(--n-font-size-circle);
 color: var(--n-text-color-circle);
 font-weight: var(--n-font-weight-circle);
 transition: color .3s var(--n-bezier);
 white-space: nowrap;
 `),E(`progress-icon`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 color: var(--n-icon-color);
 font-size: var(--n-icon-size-circle);
 `)]),w(`multiple-circle`,`
 width: 200px;
 color: inherit;
 `,[E(`progress-text`,`
 font-weight: var(--n-font-weight-circle);
 color: var(--n-text-color-circle);
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 justify-content: center;
 transition: color .3s var(--n-bezier);
 `)]),E(`progress-content`,{position:`relative`}),E(`progress-graph`,{position:`relative`},[E(`progress-graph-circle`,[D(`svg`,{verticalAlign:`bottom`}),E(`progress-graph-circle-fill`,`
 stroke: var(--n-fill-color);
 transition:
 opacity .3s var(--n-bezier),
 stroke .3s var(--n-bezier),
 stroke-dasharray .3s var(--n-bezier);
 `,[w(`empty`,{opacity:0})]),E(`progress-graph-circle-rail`,`
 transition: stroke .3s var(--n-bezier);
 overflow: hidden;
 stroke: var(--n-rail-color);
 `)]),E(`progress-graph-line`,[w(`indicator-inside`,[E(`progress-graph-line-rail`,`
 height: 16px;
 line-height: 16px;
 border-radius: 10px;
 `,[E(`progress-graph-line-fill`,`
 height: inherit;
 border-radius: 10px;
 `),E(`progress-graph-line-indicator`,`
 background: #0000;
 white-space: nowrap;
 text-align: right;
 margin-left: 14px;
 margin-right: 14px;
 height: inherit;
 font-size: 12px;
 color: var(--n-text-color-line-inner);
 transition: color .3s var(--n-bezier);
 `)])]),w(`indicator-inside-label`,`
 height: 16px;
 display: flex;
 align-items: center;
 `,[E(`progress-graph-line-rail`,`
 flex: 1;
 transition: background-color .3s var(--n-bezier);
 `),E(`progress-graph-line-indicator`,`
 background: var(--n-fill-color);
 font-size: 12px;
 transform: translateZ(0);
 display: flex;
 vertical-align: middle;
 height: 16px;
 line-height: 16px;
 padding: 0 10px;
 border-radius: 10px;
 position: absolute;
 white-space: nowrap;
 color: var(--n-text-color-line-inner);
 transition:
 right .2s var(--n-bezier),
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 `)]),E(`progress-graph-line-rail`,`
 position: relative;
 overflow: hidden;
 height: var(--n-rail-height);
 border-radius: 5px;
 background-color: var(--n-rail-color);
 transition: background-color .3s var(--n-bezier);
 `,[E(`progress-graph-line-fill`,`
 background: var(--n-fill-color);
 position: relative;
 border-radius: 5px;
 height: inherit;
 width: 100%;
 max-width: 0%;
 transition:
 background-color .3s var(--n-bezier),
 max-width .2s var(--n-bezier);
 `,[w(`processing`,[D(`&::after`,`
 content: "";
 background-image: var(--n-line-bg-processing);
 animation: progress-processing-animation 2s var(--n-bezier) infinite;
 `)])])])])])]),D(`@keyframes progress-processing-animation`,`
 0% {
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 right: 100%;
 opacity: 1;
 }
 66% {
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 right: 0;
 opacity: 0;
 }
 100% {
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 right: 0;
 opacity: 0;
 }
 `)]),xe=[`aria-valuenow`,`role`],Se={...F.props,processing:Boolean,type:{type:String,default:`line`},gapDegree:Number,gapOffsetDegree:Number,status:{type:String,default:`default`},railColor:[String,Array],railStyle:[String,Array],color:[String,Array,Object],viewBoxWidth:{type:Number,default:100},strokeWidth:{type:Number,default:7},percentage:[Number,Array],unit:{type:String,default:`%`},showIndicator:{type:Boolean,default:!0},indicatorPosition:{type:String,default:`outside`},indicatorPlacement:{type:String,default:`outside`},indicatorTextColor:String,circleGap:{type:Number,default:1},height:Number,borderRadius:[String,Number],fillBorderRadius:[String,Number],offsetDegree:Number},X=g({name:`Progress`,props:Se,setup(e){let t=p(()=>e.indicatorPlacement||e.indicatorPosition),n=p(()=>{if(e.gapDegree||e.gapDegree===0)return e.gapDegree;if(e.type===`dashboard`)return 75}),{mergedClsPrefixRef:r,inlineThemeDisabled:i}=O(e),a=F(`Progress`,`-progress`,be,G,e,r),o=p(()=>{let{status:t}=e,{common:{cubicBezierEaseInOut:n},self:{fontSize:r,fontSizeCircle:i,railColor:o,railHeight:s,iconSizeCircle:c,iconSizeLine:l,textColorCircle:u,textColorLineInner:d,textColorLineOuter:f,lineBgProcessing:p,fontWeightCircle:m,[j(`iconColor`,t)]:h,[j(`fillColor`,t)]:g}}=a.value;return{"--n-bezier":n,"--n-fill-color":g,"--n-font-size":r,"--n-font-size-circle":i,"--n-font-weight-circle":m,"--n-icon-color":h,"--n-icon-size-circle":c,"--n-icon-size-line":l,"--n-line-bg-processing":p,"--n-rail-color":o,"--n-rail-height":s,"--n-text-color-circle":u,"--n-text-color-line-inner":d,"--n-text-color-line-outer":f}}),s=i?ee(`progress`,p(()=>e.status[0]),o,e):void 0;return{mergedClsPrefix:r,mergedIndicatorPlacement:t,gapDeg:n,cssVars:i?void 0:o,themeClass:s?.themeClass,onRender:s?.onRender}},render(){let{type:e,cssVars:t,indicatorTextColor:n,showIndicator:i,status:a,railColor:o,railStyle:c,color:l,percentage:u,viewBoxWidth:f,strokeWidth:p,mergedIndicatorPlacement:h,unit:g,borderRadius:_,fillBorderRadius:y,height:b,processing:x,circleGap:S,mergedClsPrefix:C,gapDeg:w,gapOffsetDegree:E,themeClass:D,$slots:O,onRender:k}=this;return k?.(),r(),m(`div`,{class:A([D,`${C}-progress`,`${C}-progress--${e}`,`${C}-progress--${a}`]),style:v(t),"aria-valuemax":100,"aria-valuemin":0,"aria-valuenow":u,role:e===`circle`||e===`line`||e===`dashboard`?`progressbar`:`none`},[e===`circle`||e===`dashboard`?(r(),s(ue,{key:0,clsPrefix:C,status:a,showIndicator:i,indicatorTextColor:n,railColor:o,fillColor:l,railStyle:c,offsetDegree:this.offsetDegree,percentage:u,viewBoxWidth:f,strokeWidth:p,gapDegree:w===void 0?e===`dashboard`?75:0:w,gapOffsetDegree:E,unit:g},R(O),1032,[`clsPrefix`,`status`,`showIndicator`,`indicatorTextColor`,`railColor`,`fillColor`,`railStyle`,`offsetDegree`,`percentage`,`viewBoxWidth`,`strokeWidth`,`gapDegree`,`gapOffsetDegree`,`unit`])):(r(),m(d,{key:1},[e===`line`?(r(),s(fe,{key:0,clsPrefix:C,status:a,showIndicator:i,indicatorTextColor:n,railColor:o,fillColor:l,railStyle:c,percentage:u,processing:x,indicatorPlacement:h,unit:g,fillBorderRadius:y,railBorderRadius:_,height:b},R(O),1032,[`clsPrefix`,`status`,`showIndicator`,`indicatorTextColor`,`railColor`,`fillColor`,`railStyle`,`percentage`,`processing`,`indicatorPlacement`,`unit`,`fillBorderRadius`,`railBorderRadius`,`height`])):(r(),m(d,{key:1},[e===`multiple-circle`?(r(),s(ye,{key:0,clsPrefix:C,strokeWidth:p,railColor:o,fillColor:l,railStyle:c,viewBoxWidth:f,percentage:u,showIndicator:i,circleGap:S},R(O),1032,[`clsPrefix`,`strokeWidth`,`railColor`,`fillColor`,`railStyle`,`viewBoxWidth`,`percentage`,`showIndicator`,`circleGap`])):T(()=>null)],64))],64))],14,xe)}}),Ce={class:`stack`},we={class:`page-head`},Te={key:0,class:`stack`},Ee={class:`grid-cards six`,"data-testid":`load-summary`},De={key:0,class:`muted empty`},Oe={key:1,class:`load-list`,"data-testid":`load-list`},ke=[`data-account-id`,`data-load`],Ae={class:`who`},je={class:`name`},Me={class:`tags`},Ne={class:`overall`},Pe={class:`bar-label`},Fe={class:`num`},Ie={class:`tasks`},Z=[`data-task`],Le={class:`bar-label`},Re={class:`num muted`},ze={key:0,class:`muted small`},Be={class:`reqs num`},Ve={class:`muted small`},Q=80,$=20,He=C(g({__name:`LoadView`,setup(g){let b=ae(()=>S(`/api/accounts/load`)),C;e(()=>{b.reload(),C=window.setInterval(()=>void b.reload(!0),15e3)}),i(()=>window.clearInterval(C));let w=a(`all`),T=p(()=>b.data.value?.summary);function E(e,t=!0){return t?e>Q?`overloaded`:e<$?`idle`:`normal`:`disabled`}let D=e=>e>Q?`#d03050`:e<$?`#8aa4c8`:`#1f6feb`,O=p(()=>{let e=[...b.data.value?.accounts??[]].sort((e,t)=>t.load_pct-e.load_pct);return w.value===`all`?e:e.filter(e=>e.enabled&&E(e.load_pct)===w.value)}),k=e=>Object.entries(e.tasks??{}).sort(([e],[t])=>e.localeCompare(t));return(e,i)=>(r(),m(`div`,Ce,[h(`div`,we,[h(`div`,null,[i[2]||=h(`h1`,null,`Account load`,-1),h(`p`,null,`Today's use of each account's daily task limits. Overloaded above `+o(Q)+` %, idle below `+o($)+` %.`)]),l(f(re),{value:w.value,"onUpdate:value":i[0]||=e=>w.value=e,size:`small`,"data-testid":`load-filter`},{default:n(()=>[l(f(z),{value:`all`},{default:n(()=>[...i[3]||=[u(`All`,-1)]]),_:1}),l(f(z),{value:`overloaded`},{default:n(()=>[...i[4]||=[u(`Overloaded`,-1)]]),_:1}),l(f(z),{value:`idle`},{default:n(()=>[...i[5]||=[u(`Idle`,-1)]]),_:1})]),_:1},8,[`value`])]),l(ie,{loading:f(b).loading.value,error:f(b).error.value,status:f(b).status.value,empty:!f(b).data.value,"min-height":300,onRetry:i[1]||=e=>f(b).reload()},{default:n(()=>[T.value?(r(),m(`div`,Te,[h(`div`,Ee,[l(B,{testid:`load-total`,label:`Accounts`,value:f(H)(T.value.total_accounts),raw:T.value.total_accounts,sub:`${T.value.total_accounts-T.value.active_accounts} disabled`},null,8,[`value`,`raw`,`sub`]),l(B,{testid:`load-active`,label:`Active`,value:f(H)(T.value.active_accounts),raw:T.value.active_accounts,sub:`enabled and serving`},null,8,[`value`,`raw`]),l(B,{testid:`load-overloaded`,label:`Overloaded`,value:f(H)(T.value.overloaded),raw:T.value.overloaded,tone:T.value.overloaded?`danger`:`default`,sub:`above ${Q} % load`},null,8,[`value`,`raw`,`tone`,`sub`]),l(B,{testid:`load-idle`,label:`Idle`,value:f(H)(T.value.idle),raw:T.value.idle,sub:`below ${$} % load`},null,8,[`value`,`raw`,`sub`]),l(B,{testid:`load-avg`,label:`Average load`,value:f(V)(T.value.avg_load_pct),raw:T.value.avg_load_pct,tone:T.value.avg_load_pct>Q?`danger`:`default`},{default:n(()=>[l(f(X),{type:`line`,percentage:Math.min(T.value.avg_load_pct,100),"show-indicator":!1,color:D(T.value.avg_load_pct),height:6,style:{"margin-top":`6px`}},null,8,[`percentage`,`color`])]),_:1},8,[`value`,`raw`,`tone`]),l(B,{testid:`load-remaining`,label:`Remaining capacity`,value:f(H)(T.value.remaining_capacity),raw:T.value.remaining_capacity,title:f(U)(T.value.remaining_capacity),sub:`tasks left today`},null,8,[`value`,`raw`,`title`])]),l(f(y),{bordered:!1,class:`panel`,size:`small`,title:`Accounts by load`},{default:n(()=>[O.value.length?(r(),m(`div`,Oe,[(r(!0),m(d,null,t(O.value,e=>(r(),m(`div`,{key:e.account_id,class:_([`load-row`,E(e.load_pct,e.enabled)]),"data-account-id":e.account_id,"data-load":e.load_pct},[h(`div`,Ae,[h(`div`,je,o(e.name),1),h(`div`,Me,[e.enabled?E(e.load_pct)===`overloaded`?(r(),s(f(x),{key:1,size:`small`,type:`error`,bordered:!1},{default:n(()=>[...i[7]||=[u(`Overloaded`,-1)]]),_:1})):E(e.load_pct)===`idle`?(r(),s(f(x),{key:2,size:`small`,type:`info`,bordered:!1},{default:n(()=>[...i[8]||=[u(`Idle`,-1)]]),_:1})):(r(),s(f(x),{key:3,size:`small`,type:`success`,bordered:!1},{default:n(()=>[...i[9]||=[u(`Normal`,-1)]]),_:1})):(r(),s(f(x),{key:0,size:`small`,bordered:!1},{default:n(()=>[...i[6]||=[u(`Disabled`,-1)]]),_:1}))])]),h(`div`,Ne,[h(`div`,Pe,[i[10]||=h(`span`,null,`Overall`,-1),h(`strong`,Fe,o(f(V)(e.load_pct)),1)]),l(f(X),{type:`line`,percentage:Math.min(e.load_pct,100),"show-indicator":!1,color:D(e.load_pct),height:10},null,8,[`percentage`,`color`])]),h(`div`,Ie,[(r(!0),m(d,null,t(k(e),([e,t])=>(r(),m(`div`,{key:e,class:`task`,"data-task":e},[h(`div`,Le,[h(`span`,null,o(f(ne)(e)),1),h(`span`,Re,[u(o(f(U)(t.used))+` / `+o(f(U)(t.limit))+` · `,1),h(`strong`,{style:v({color:t.load_pct>Q?`var(--tg-danger)`:``})},o(f(V)(t.load_pct)),5)])]),l(f(X),{type:`line`,percentage:Math.min(t.load_pct,100),"show-indicator":!1,color:D(t.load_pct),height:6},null,8,[`percentage`,`color`])],8,Z))),128)),k(e).length?c(``,!0):(r(),m(`div`,ze,`No daily task limits`))]),h(`div`,Be,[h(`div`,null,[h(`strong`,null,o(f(H)(e.today_requests)),1),i[11]||=u(),i[12]||=h(`span`,{class:`muted`},`today`,-1)]),h(`div`,Ve,o(f(H)(e.total_requests))+` total`,1)])],10,ke))),128))])):(r(),m(`div`,De,o(w.value===`all`?`No accounts yet.`:`No ${w.value} account.`),1))]),_:1})])):c(``,!0)]),_:1},8,[`loading`,`error`,`status`,`empty`])]))}}),[[`__scopeId`,`data-v-066612a4`]]);export{He as default};