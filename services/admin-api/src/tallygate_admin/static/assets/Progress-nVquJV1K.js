import{A as e,At as t,Ft as n,H as r,M as i,N as a,Nt as o,P as s,V as c,_ as l,g as u,h as d,kt as f,m as p,q as m,z as h,zt as g}from"./Button-b-t6E8qV.js";import{N as _,d as v,i as y,l as b,p as x,u as S,v as C,xt as w}from"./runtime-core.esm-bundler-DolcaMW8.js";import{b as T}from"./api-2UHzveea.js";function E(e){let{infoColor:t,successColor:n,warningColor:r,errorColor:i,textColor2:a,progressRailColor:o,fontSize:s,fontWeight:c}=e;return{fontSize:s,fontSizeCircle:`28px`,fontWeightCircle:c,railColor:o,railHeight:`8px`,iconSizeCircle:`36px`,iconSizeLine:`18px`,iconColor:t,iconColorInfo:t,iconColorSuccess:n,iconColorWarning:r,iconColorError:i,textColorCircle:a,textColorLineInner:`rgb(255, 255, 255)`,textColorLineOuter:a,fillColor:t,fillColorInfo:t,fillColorSuccess:n,fillColorWarning:r,fillColorError:i,lineBgProcessing:`linear-gradient(90deg, rgba(255, 255, 255, .3) 0%, rgba(255, 255, 255, .5) 100%)`}}var D={name:`Progress`,common:s,self:E},O=[`id`],k=[`stop-color`],A=[`stop-color`],j=[`viewBox`],M=[`d`,`stroke-width`],N=[`d`,`stroke-width`],P={success:(_(),v(d)),error:(_(),v(l)),warning:(_(),v(p)),info:(_(),v(u))},F=C({name:`ProgressCircle`,props:{clsPrefix:{type:String,required:!0},status:{type:String,required:!0},strokeWidth:{type:Number,required:!0},fillColor:[String,Object],railColor:String,railStyle:[String,Object],percentage:{type:Number,default:0},offsetDegree:{type:Number,default:0},showIndicator:{type:Boolean,required:!0},indicatorTextColor:String,unit:String,viewBoxWidth:{type:Number,required:!0},gapDegree:{type:Number,required:!0},gapOffsetDegree:{type:Number,default:0}},setup(t,{slots:n}){let i=b(()=>{let e=`gradient`,{fillColor:n}=t;return typeof n==`object`?`${e}-${g(JSON.stringify(n))}`:e});function a(e,n,r,a){let{gapDegree:o,viewBoxWidth:s,strokeWidth:c}=t,l=50+c/2,u=`M ${l},${l} m 0,50
      a 50,50 0 1 1 0,-100
      a 50,50 0 1 1 0,100`,d=Math.PI*2*50;return{pathString:u,pathStyle:{stroke:a===`rail`?r:typeof t.fillColor==`object`?`url(#${i.value})`:r,strokeDasharray:`${Math.min(e,100)/100*(d-o)}px ${s*8}px`,strokeDashoffset:`-${o/2}px`,transformOrigin:n?`center`:void 0,transform:n?`rotate(${n}deg)`:void 0}}}let o=()=>{let e=typeof t.fillColor==`object`,n=e?t.fillColor.stops[0]:``,r=e?t.fillColor.stops[1]:``;return e&&(_(),x(`defs`,null,[S(`linearGradient`,{id:i.value,x1:`0%`,y1:`100%`,x2:`100%`,y2:`0%`},[S(`stop`,{offset:`0%`,"stop-color":n},null,8,k),S(`stop`,{offset:`100%`,"stop-color":r},null,8,A)],8,O)]))};return()=>{let{fillColor:i,railColor:s,strokeWidth:c,offsetDegree:l,status:u,percentage:d,showIndicator:f,indicatorTextColor:p,unit:m,gapOffsetDegree:g,clsPrefix:b}=t,{pathString:C,pathStyle:T}=a(100,0,s,`rail`),{pathString:E,pathStyle:D}=a(d,l,i,`fill`),O=100+c;return _(),x(`div`,{class:h(`${b}-progress-content`),role:`none`},[S(`div`,{class:h(`${b}-progress-graph`),"aria-hidden":!0},[S(`div`,{class:h(`${b}-progress-graph-circle`),style:w({transform:g?`rotate(${g}deg)`:void 0})},[(_(),x(`svg`,{viewBox:`0 0 ${O} ${O}`},[r(()=>o()),S(`g`,null,[S(`path`,{class:h(`${b}-progress-graph-circle-rail`),d:C,"stroke-width":c,"stroke-linecap":`round`,fill:`none`,style:w(T)},null,14,M)]),S(`g`,null,[S(`path`,{class:h([`${b}-progress-graph-circle-fill`,d===0&&`${b}-progress-graph-circle-fill--empty`]),d:E,"stroke-width":c,"stroke-linecap":`round`,fill:`none`,style:w(D)},null,14,N)])],8,j))],6)],2),f?(_(),x(`div`,{key:0},[n.default?(_(),x(`div`,{key:0,class:h(`${b}-progress-custom-content`),role:`none`},[r(()=>n.default())],2)):(_(),x(y,{key:1},[u==="default"?(_(),x(`div`,{key:1,class:h(`${b}-progress-text`),style:w({color:p}),role:`none`},[S(`span`,{class:h(`${b}-progress-text__percentage`)},[r(()=>d)],2),S(`span`,{class:h(`${b}-progress-text__unit`)},[r(()=>m)],2)],6)):(_(),x(`div`,{key:0,class:h(`${b}-progress-icon`),"aria-hidden":!0},[(_(),v(e,{clsPrefix:b},{default:()=>P[u]},1032,[`clsPrefix`]))],2))],64))])):r(()=>null)],2)}}}),I={success:(_(),v(d)),error:(_(),v(l)),warning:(_(),v(p)),info:(_(),v(u))},L=C({name:`ProgressLine`,props:{clsPrefix:{type:String,required:!0},percentage:{type:Number,default:0},railColor:String,railStyle:[String,Object],fillColor:[String,Object],status:{type:String,required:!0},indicatorPlacement:{type:String,required:!0},indicatorTextColor:String,unit:{type:String,default:`%`},processing:{type:Boolean,required:!0},showIndicator:{type:Boolean,required:!0},height:[String,Number],railBorderRadius:[String,Number],fillBorderRadius:[String,Number]},setup(t,{slots:n}){let i=b(()=>T(t.height)),a=b(()=>typeof t.fillColor==`object`?`linear-gradient(to right, ${t.fillColor?.stops[0]} , ${t.fillColor?.stops[1]})`:t.fillColor),o=b(()=>t.railBorderRadius===void 0?t.height===void 0?``:T(t.height,{c:.5}):T(t.railBorderRadius)),s=b(()=>t.fillBorderRadius===void 0?t.railBorderRadius===void 0?t.height===void 0?``:T(t.height,{c:.5}):T(t.railBorderRadius):T(t.fillBorderRadius));return()=>{let{indicatorPlacement:c,railColor:l,railStyle:u,percentage:d,unit:f,indicatorTextColor:p,status:m,showIndicator:g,processing:b,clsPrefix:C}=t;return _(),x(`div`,{class:h(`${C}-progress-content`),role:`none`},[S(`div`,{class:h(`${C}-progress-graph`),"aria-hidden":!0},[S(`div`,{class:h([`${C}-progress-graph-line`,{[`${C}-progress-graph-line--indicator-${c}`]:!0}])},[S(`div`,{class:h(`${C}-progress-graph-line-rail`),style:w([{backgroundColor:l,height:i.value,borderRadius:o.value},u])},[S(`div`,{class:h([`${C}-progress-graph-line-fill`,b&&`${C}-progress-graph-line-fill--processing`]),style:w({maxWidth:`${t.percentage}%`,background:a.value,height:i.value,lineHeight:i.value,borderRadius:s.value})},[c===`inside`?(_(),x(`div`,{key:0,class:h(`${C}-progress-graph-line-indicator`),style:w({color:p})},[n.default?(_(),x(y,{key:0},[r(()=>n.default())],64)):(_(),x(y,{key:1},[r(()=>`${d}${f}`)],64))],6)):r(()=>null)],6)],6)],2)],2),g&&c===`outside`?(_(),x(`div`,{key:0},[n.default?(_(),x(`div`,{key:0,class:h(`${C}-progress-custom-content`),style:w({color:p}),role:`none`},[r(()=>n.default())],6)):(_(),x(y,{key:1},[m==="default"?(_(),x(`div`,{key:0,role:`none`,class:h(`${C}-progress-icon ${C}-progress-icon--as-text`),style:w({color:p})},[r(()=>d),r(()=>f)],6)):(_(),x(`div`,{key:1,class:h(`${C}-progress-icon`),"aria-hidden":!0},[(_(),v(e,{clsPrefix:C},{default:()=>I[m]},1032,[`clsPrefix`]))],2))],64))])):r(()=>null)],2)}}}),R=[`id`],z=[`stop-color`],B=[`stop-color`],V=[`d`,`stroke-width`],H=[`d`,`stroke-width`],U=[`viewBox`];function W(e,t,n=100){return`m ${n/2} ${n/2-e} a ${e} ${e} 0 1 1 0 ${2*e} a ${e} ${e} 0 1 1 0 -${2*e}`}var G=C({name:`ProgressMultipleCircle`,props:{clsPrefix:{type:String,required:!0},viewBoxWidth:{type:Number,required:!0},percentage:{type:Array,default:[0]},strokeWidth:{type:Number,required:!0},circleGap:{type:Number,required:!0},showIndicator:{type:Boolean,required:!0},fillColor:{type:Array,default:()=>[]},railColor:{type:Array,default:()=>[]},railStyle:{type:Array,default:()=>[]}},setup(e,{slots:t}){let n=b(()=>e.percentage.map((t,n)=>`${Math.PI*t/100*(e.viewBoxWidth/2-e.strokeWidth/2*(1+2*n)-e.circleGap*n)*2}, ${e.viewBoxWidth*8}`)),i=(t,n)=>{let r=e.fillColor[n],i=typeof r==`object`?r.stops[0]:``,a=typeof r==`object`?r.stops[1]:``;return typeof e.fillColor[n]==`object`&&(_(),x(`linearGradient`,{id:`gradient-${n}`,x1:`100%`,y1:`0%`,x2:`0%`,y2:`100%`},[S(`stop`,{offset:`0%`,"stop-color":i},null,8,z),S(`stop`,{offset:`100%`,"stop-color":a},null,8,B)],8,R))};return()=>{let{viewBoxWidth:a,strokeWidth:o,circleGap:s,showIndicator:c,fillColor:l,railColor:u,railStyle:d,percentage:f,clsPrefix:p}=e;return _(),x(`div`,{class:h(`${p}-progress-content`),role:`none`},[S(`div`,{class:h(`${p}-progress-graph`),"aria-hidden":!0},[S(`div`,{class:h(`${p}-progress-graph-circle`)},[(_(),x(`svg`,{viewBox:`0 0 ${a} ${a}`},[S(`defs`,null,[r(()=>f.map((e,t)=>i(e,t)))]),r(()=>f.map((e,t)=>(_(),x(`g`,{key:t},[S(`path`,{class:h(`${p}-progress-graph-circle-rail`),d:W(a/2-o/2*(1+2*t)-s*t,o,a),"stroke-width":o,"stroke-linecap":`round`,fill:`none`,style:w([{strokeDashoffset:0,stroke:u[t]},d[t]])},null,14,V),S(`path`,{class:h([`${p}-progress-graph-circle-fill`,e===0&&`${p}-progress-graph-circle-fill--empty`]),d:W(a/2-o/2*(1+2*t)-s*t,o,a),"stroke-width":o,"stroke-linecap":`round`,fill:`none`,style:w({strokeDasharray:n.value[t],strokeDashoffset:0,stroke:typeof l[t]==`object`?`url(#gradient-${t})`:l[t]})},null,14,H)]))))],8,U))],2)],2),c&&t.default?(_(),x(`div`,{key:0},[S(`div`,{class:h(`${p}-progress-text`)},[r(()=>t.default())],2)])):r(()=>null)],2)}}}),K=f([t(`progress`,{display:`inline-block`},[t(`progress-icon`,`
 color: var(--n-icon-color);
 transition: color .3s var(--n-bezier);
 `),o(`line`,`
 width: 100%;
 display: block;
 `,[t(`progress-content`,`
 display: flex;
 align-items: center;
 `,[t(`progress-graph`,{flex:1})]),t(`progress-custom-content`,{marginLeft:`14px`}),t(`progress-icon`,`
 width: 30px;
 padding-left: 14px;
 height: var(--n-icon-size-line);
 line-height: var(--n-icon-size-line);
 font-size: var(--n-icon-size-line);
 `,[o(`as-text`,`
 color: var(--n-text-color-line-outer);
 text-align: center;
 width: 40px;
 font-size: var(--n-font-size);
 padding-left: 4px;
 transition: color .3s var(--n-bezier);
 `)])]),o(`circle, dashboard`,{width:`120px`},[t(`progress-custom-content`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 justify-content: center;
 `),t(`progress-text`,`
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
 `),t(`progress-icon`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 color: var(--n-icon-color);
 font-size: var(--n-icon-size-circle);
 `)]),o(`multiple-circle`,`
 width: 200px;
 color: inherit;
 `,[t(`progress-text`,`
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
 `)]),t(`progress-content`,{position:`relative`}),t(`progress-graph`,{position:`relative`},[t(`progress-graph-circle`,[f(`svg`,{verticalAlign:`bottom`}),t(`progress-graph-circle-fill`,`
 stroke: var(--n-fill-color);
 transition:
 opacity .3s var(--n-bezier),
 stroke .3s var(--n-bezier),
 stroke-dasharray .3s var(--n-bezier);
 `,[o(`empty`,{opacity:0})]),t(`progress-graph-circle-rail`,`
 transition: stroke .3s var(--n-bezier);
 overflow: hidden;
 stroke: var(--n-rail-color);
 `)]),t(`progress-graph-line`,[o(`indicator-inside`,[t(`progress-graph-line-rail`,`
 height: 16px;
 line-height: 16px;
 border-radius: 10px;
 `,[t(`progress-graph-line-fill`,`
 height: inherit;
 border-radius: 10px;
 `),t(`progress-graph-line-indicator`,`
 background: #0000;
 white-space: nowrap;
 text-align: right;
 margin-left: 14px;
 margin-right: 14px;
 height: inherit;
 font-size: 12px;
 color: var(--n-text-color-line-inner);
 transition: color .3s var(--n-bezier);
 `)])]),o(`indicator-inside-label`,`
 height: 16px;
 display: flex;
 align-items: center;
 `,[t(`progress-graph-line-rail`,`
 flex: 1;
 transition: background-color .3s var(--n-bezier);
 `),t(`progress-graph-line-indicator`,`
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
 `)]),t(`progress-graph-line-rail`,`
 position: relative;
 overflow: hidden;
 height: var(--n-rail-height);
 border-radius: 5px;
 background-color: var(--n-rail-color);
 transition: background-color .3s var(--n-bezier);
 `,[t(`progress-graph-line-fill`,`
 background: var(--n-fill-color);
 position: relative;
 border-radius: 5px;
 height: inherit;
 width: 100%;
 max-width: 0%;
 transition:
 background-color .3s var(--n-bezier),
 max-width .2s var(--n-bezier);
 `,[o(`processing`,[f(`&::after`,`
 content: "";
 background-image: var(--n-line-bg-processing);
 animation: progress-processing-animation 2s var(--n-bezier) infinite;
 `)])])])])])]),f(`@keyframes progress-processing-animation`,`
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
 `)]),q=[`aria-valuenow`,`role`],J={...i.props,processing:Boolean,type:{type:String,default:`line`},gapDegree:Number,gapOffsetDegree:Number,status:{type:String,default:`default`},railColor:[String,Array],railStyle:[String,Array],color:[String,Array,Object],viewBoxWidth:{type:Number,default:100},strokeWidth:{type:Number,default:7},percentage:[Number,Array],unit:{type:String,default:`%`},showIndicator:{type:Boolean,default:!0},indicatorPosition:{type:String,default:`outside`},indicatorPlacement:{type:String,default:`outside`},indicatorTextColor:String,circleGap:{type:Number,default:1},height:Number,borderRadius:[String,Number],fillBorderRadius:[String,Number],offsetDegree:Number},Y=C({name:`Progress`,props:J,setup(e){let t=b(()=>e.indicatorPlacement||e.indicatorPosition),r=b(()=>{if(e.gapDegree||e.gapDegree===0)return e.gapDegree;if(e.type===`dashboard`)return 75}),{mergedClsPrefixRef:o,inlineThemeDisabled:s}=m(e),c=i(`Progress`,`-progress`,K,D,e,o),l=b(()=>{let{status:t}=e,{common:{cubicBezierEaseInOut:r},self:{fontSize:i,fontSizeCircle:a,railColor:o,railHeight:s,iconSizeCircle:l,iconSizeLine:u,textColorCircle:d,textColorLineInner:f,textColorLineOuter:p,lineBgProcessing:m,fontWeightCircle:h,[n(`iconColor`,t)]:g,[n(`fillColor`,t)]:_}}=c.value;return{"--n-bezier":r,"--n-fill-color":_,"--n-font-size":i,"--n-font-size-circle":a,"--n-font-weight-circle":h,"--n-icon-color":g,"--n-icon-size-circle":l,"--n-icon-size-line":u,"--n-line-bg-processing":m,"--n-rail-color":o,"--n-rail-height":s,"--n-text-color-circle":d,"--n-text-color-line-inner":f,"--n-text-color-line-outer":p}}),u=s?a(`progress`,b(()=>e.status[0]),l,e):void 0;return{mergedClsPrefix:o,mergedIndicatorPlacement:t,gapDeg:r,cssVars:s?void 0:l,themeClass:u?.themeClass,onRender:u?.onRender}},render(){let{type:e,cssVars:t,indicatorTextColor:n,showIndicator:i,status:a,railColor:o,railStyle:s,color:l,percentage:u,viewBoxWidth:d,strokeWidth:f,mergedIndicatorPlacement:p,unit:m,borderRadius:g,fillBorderRadius:b,height:S,processing:C,circleGap:T,mergedClsPrefix:E,gapDeg:D,gapOffsetDegree:O,themeClass:k,$slots:A,onRender:j}=this;return j?.(),_(),x(`div`,{class:h([k,`${E}-progress`,`${E}-progress--${e}`,`${E}-progress--${a}`]),style:w(t),"aria-valuemax":100,"aria-valuemin":0,"aria-valuenow":u,role:e===`circle`||e===`line`||e===`dashboard`?`progressbar`:`none`},[e===`circle`||e===`dashboard`?(_(),v(F,{key:0,clsPrefix:E,status:a,showIndicator:i,indicatorTextColor:n,railColor:o,fillColor:l,railStyle:s,offsetDegree:this.offsetDegree,percentage:u,viewBoxWidth:d,strokeWidth:f,gapDegree:D===void 0?e===`dashboard`?75:0:D,gapOffsetDegree:O,unit:m},c(A),1032,[`clsPrefix`,`status`,`showIndicator`,`indicatorTextColor`,`railColor`,`fillColor`,`railStyle`,`offsetDegree`,`percentage`,`viewBoxWidth`,`strokeWidth`,`gapDegree`,`gapOffsetDegree`,`unit`])):(_(),x(y,{key:1},[e===`line`?(_(),v(L,{key:0,clsPrefix:E,status:a,showIndicator:i,indicatorTextColor:n,railColor:o,fillColor:l,railStyle:s,percentage:u,processing:C,indicatorPlacement:p,unit:m,fillBorderRadius:b,railBorderRadius:g,height:S},c(A),1032,[`clsPrefix`,`status`,`showIndicator`,`indicatorTextColor`,`railColor`,`fillColor`,`railStyle`,`percentage`,`processing`,`indicatorPlacement`,`unit`,`fillBorderRadius`,`railBorderRadius`,`height`])):(_(),x(y,{key:1},[e===`multiple-circle`?(_(),v(G,{key:0,clsPrefix:E,strokeWidth:f,railColor:o,fillColor:l,railStyle:s,viewBoxWidth:d,percentage:u,showIndicator:i,circleGap:T},c(A),1032,[`clsPrefix`,`strokeWidth`,`railColor`,`fillColor`,`railStyle`,`viewBoxWidth`,`percentage`,`showIndicator`,`circleGap`])):r(()=>null)],64))],64))],14,q)}});export{D as n,Y as t};