import{B as e,K as t,M as n,Mt as r,N as i,Ot as a,Pt as o,R as s,Rt as c,V as l,_ as u,g as d,h as f,j as p,k as m,kt as h,m as g}from"./Button-DA5Pq1uX.js";import{N as _,d as v,i as y,l as b,p as x,u as S,v as C,xt as w}from"./runtime-core.esm-bundler-DolcaMW8.js";import{b as T}from"./api-D6YFq2Gd.js";function E(e){let{infoColor:t,successColor:n,warningColor:r,errorColor:i,textColor2:a,progressRailColor:o,fontSize:s,fontWeight:c}=e;return{fontSize:s,fontSizeCircle:`28px`,fontWeightCircle:c,railColor:o,railHeight:`8px`,iconSizeCircle:`36px`,iconSizeLine:`18px`,iconColor:t,iconColorInfo:t,iconColorSuccess:n,iconColorWarning:r,iconColorError:i,textColorCircle:a,textColorLineInner:`rgb(255, 255, 255)`,textColorLineOuter:a,fillColor:t,fillColorInfo:t,fillColorSuccess:n,fillColorWarning:r,fillColorError:i,lineBgProcessing:`linear-gradient(90deg, rgba(255, 255, 255, .3) 0%, rgba(255, 255, 255, .5) 100%)`}}var D={name:`Progress`,common:i,self:E},O=[`id`],k=[`stop-color`],A=[`stop-color`],j=[`viewBox`],M=[`d`,`stroke-width`],N=[`d`,`stroke-width`],P={success:(_(),v(f)),error:(_(),v(u)),warning:(_(),v(g)),info:(_(),v(d))},F=C({name:`ProgressCircle`,props:{clsPrefix:{type:String,required:!0},status:{type:String,required:!0},strokeWidth:{type:Number,required:!0},fillColor:[String,Object],railColor:String,railStyle:[String,Object],percentage:{type:Number,default:0},offsetDegree:{type:Number,default:0},showIndicator:{type:Boolean,required:!0},indicatorTextColor:String,unit:String,viewBoxWidth:{type:Number,required:!0},gapDegree:{type:Number,required:!0},gapOffsetDegree:{type:Number,default:0}},setup(e,{slots:t}){let n=b(()=>{let t=`gradient`,{fillColor:n}=e;return typeof n==`object`?`${t}-${c(JSON.stringify(n))}`:t});function r(t,r,i,a){let{gapDegree:o,viewBoxWidth:s,strokeWidth:c}=e,l=50+c/2,u=`M ${l},${l} m 0,50
      a 50,50 0 1 1 0,-100
      a 50,50 0 1 1 0,100`,d=Math.PI*2*50;return{pathString:u,pathStyle:{stroke:a===`rail`?i:typeof e.fillColor==`object`?`url(#${n.value})`:i,strokeDasharray:`${Math.min(t,100)/100*(d-o)}px ${s*8}px`,strokeDashoffset:`-${o/2}px`,transformOrigin:r?`center`:void 0,transform:r?`rotate(${r}deg)`:void 0}}}let i=()=>{let t=typeof e.fillColor==`object`,r=t?e.fillColor.stops[0]:``,i=t?e.fillColor.stops[1]:``;return t&&(_(),x(`defs`,null,[S(`linearGradient`,{id:n.value,x1:`0%`,y1:`100%`,x2:`100%`,y2:`0%`},[S(`stop`,{offset:`0%`,"stop-color":r},null,8,k),S(`stop`,{offset:`100%`,"stop-color":i},null,8,A)],8,O)]))};return()=>{let{fillColor:n,railColor:a,strokeWidth:o,offsetDegree:c,status:u,percentage:d,showIndicator:f,indicatorTextColor:p,unit:h,gapOffsetDegree:g,clsPrefix:b}=e,{pathString:C,pathStyle:T}=r(100,0,a,`rail`),{pathString:E,pathStyle:D}=r(d,c,n,`fill`),O=100+o;return _(),x(`div`,{class:s(`${b}-progress-content`),role:`none`},[S(`div`,{class:s(`${b}-progress-graph`),"aria-hidden":!0},[S(`div`,{class:s(`${b}-progress-graph-circle`),style:w({transform:g?`rotate(${g}deg)`:void 0})},[(_(),x(`svg`,{viewBox:`0 0 ${O} ${O}`},[l(()=>i()),S(`g`,null,[S(`path`,{class:s(`${b}-progress-graph-circle-rail`),d:C,"stroke-width":o,"stroke-linecap":`round`,fill:`none`,style:w(T)},null,14,M)]),S(`g`,null,[S(`path`,{class:s([`${b}-progress-graph-circle-fill`,d===0&&`${b}-progress-graph-circle-fill--empty`]),d:E,"stroke-width":o,"stroke-linecap":`round`,fill:`none`,style:w(D)},null,14,N)])],8,j))],6)],2),f?(_(),x(`div`,{key:0},[t.default?(_(),x(`div`,{key:0,class:s(`${b}-progress-custom-content`),role:`none`},[l(()=>t.default())],2)):(_(),x(y,{key:1},[u==="default"?(_(),x(`div`,{key:1,class:s(`${b}-progress-text`),style:w({color:p}),role:`none`},[S(`span`,{class:s(`${b}-progress-text__percentage`)},[l(()=>d)],2),S(`span`,{class:s(`${b}-progress-text__unit`)},[l(()=>h)],2)],6)):(_(),x(`div`,{key:0,class:s(`${b}-progress-icon`),"aria-hidden":!0},[(_(),v(m,{clsPrefix:b},{default:()=>P[u]},1032,[`clsPrefix`]))],2))],64))])):l(()=>null)],2)}}}),I={success:(_(),v(f)),error:(_(),v(u)),warning:(_(),v(g)),info:(_(),v(d))},L=C({name:`ProgressLine`,props:{clsPrefix:{type:String,required:!0},percentage:{type:Number,default:0},railColor:String,railStyle:[String,Object],fillColor:[String,Object],status:{type:String,required:!0},indicatorPlacement:{type:String,required:!0},indicatorTextColor:String,unit:{type:String,default:`%`},processing:{type:Boolean,required:!0},showIndicator:{type:Boolean,required:!0},height:[String,Number],railBorderRadius:[String,Number],fillBorderRadius:[String,Number]},setup(e,{slots:t}){let n=b(()=>T(e.height)),r=b(()=>typeof e.fillColor==`object`?`linear-gradient(to right, ${e.fillColor?.stops[0]} , ${e.fillColor?.stops[1]})`:e.fillColor),i=b(()=>e.railBorderRadius===void 0?e.height===void 0?``:T(e.height,{c:.5}):T(e.railBorderRadius)),a=b(()=>e.fillBorderRadius===void 0?e.railBorderRadius===void 0?e.height===void 0?``:T(e.height,{c:.5}):T(e.railBorderRadius):T(e.fillBorderRadius));return()=>{let{indicatorPlacement:o,railColor:c,railStyle:u,percentage:d,unit:f,indicatorTextColor:p,status:h,showIndicator:g,processing:b,clsPrefix:C}=e;return _(),x(`div`,{class:s(`${C}-progress-content`),role:`none`},[S(`div`,{class:s(`${C}-progress-graph`),"aria-hidden":!0},[S(`div`,{class:s([`${C}-progress-graph-line`,{[`${C}-progress-graph-line--indicator-${o}`]:!0}])},[S(`div`,{class:s(`${C}-progress-graph-line-rail`),style:w([{backgroundColor:c,height:n.value,borderRadius:i.value},u])},[S(`div`,{class:s([`${C}-progress-graph-line-fill`,b&&`${C}-progress-graph-line-fill--processing`]),style:w({maxWidth:`${e.percentage}%`,background:r.value,height:n.value,lineHeight:n.value,borderRadius:a.value})},[o===`inside`?(_(),x(`div`,{key:0,class:s(`${C}-progress-graph-line-indicator`),style:w({color:p})},[t.default?(_(),x(y,{key:0},[l(()=>t.default())],64)):(_(),x(y,{key:1},[l(()=>`${d}${f}`)],64))],6)):l(()=>null)],6)],6)],2)],2),g&&o===`outside`?(_(),x(`div`,{key:0},[t.default?(_(),x(`div`,{key:0,class:s(`${C}-progress-custom-content`),style:w({color:p}),role:`none`},[l(()=>t.default())],6)):(_(),x(y,{key:1},[h==="default"?(_(),x(`div`,{key:0,role:`none`,class:s(`${C}-progress-icon ${C}-progress-icon--as-text`),style:w({color:p})},[l(()=>d),l(()=>f)],6)):(_(),x(`div`,{key:1,class:s(`${C}-progress-icon`),"aria-hidden":!0},[(_(),v(m,{clsPrefix:C},{default:()=>I[h]},1032,[`clsPrefix`]))],2))],64))])):l(()=>null)],2)}}}),R=[`id`],z=[`stop-color`],B=[`stop-color`],V=[`d`,`stroke-width`],H=[`d`,`stroke-width`],U=[`viewBox`];function W(e,t,n=100){return`m ${n/2} ${n/2-e} a ${e} ${e} 0 1 1 0 ${2*e} a ${e} ${e} 0 1 1 0 -${2*e}`}var G=C({name:`ProgressMultipleCircle`,props:{clsPrefix:{type:String,required:!0},viewBoxWidth:{type:Number,required:!0},percentage:{type:Array,default:[0]},strokeWidth:{type:Number,required:!0},circleGap:{type:Number,required:!0},showIndicator:{type:Boolean,required:!0},fillColor:{type:Array,default:()=>[]},railColor:{type:Array,default:()=>[]},railStyle:{type:Array,default:()=>[]}},setup(e,{slots:t}){let n=b(()=>e.percentage.map((t,n)=>`${Math.PI*t/100*(e.viewBoxWidth/2-e.strokeWidth/2*(1+2*n)-e.circleGap*n)*2}, ${e.viewBoxWidth*8}`)),r=(t,n)=>{let r=e.fillColor[n],i=typeof r==`object`?r.stops[0]:``,a=typeof r==`object`?r.stops[1]:``;return typeof e.fillColor[n]==`object`&&(_(),x(`linearGradient`,{id:`gradient-${n}`,x1:`100%`,y1:`0%`,x2:`0%`,y2:`100%`},[S(`stop`,{offset:`0%`,"stop-color":i},null,8,z),S(`stop`,{offset:`100%`,"stop-color":a},null,8,B)],8,R))};return()=>{let{viewBoxWidth:i,strokeWidth:a,circleGap:o,showIndicator:c,fillColor:u,railColor:d,railStyle:f,percentage:p,clsPrefix:m}=e;return _(),x(`div`,{class:s(`${m}-progress-content`),role:`none`},[S(`div`,{class:s(`${m}-progress-graph`),"aria-hidden":!0},[S(`div`,{class:s(`${m}-progress-graph-circle`)},[(_(),x(`svg`,{viewBox:`0 0 ${i} ${i}`},[S(`defs`,null,[l(()=>p.map((e,t)=>r(e,t)))]),l(()=>p.map((e,t)=>(_(),x(`g`,{key:t},[S(`path`,{class:s(`${m}-progress-graph-circle-rail`),d:W(i/2-a/2*(1+2*t)-o*t,a,i),"stroke-width":a,"stroke-linecap":`round`,fill:`none`,style:w([{strokeDashoffset:0,stroke:d[t]},f[t]])},null,14,V),S(`path`,{class:s([`${m}-progress-graph-circle-fill`,e===0&&`${m}-progress-graph-circle-fill--empty`]),d:W(i/2-a/2*(1+2*t)-o*t,a,i),"stroke-width":a,"stroke-linecap":`round`,fill:`none`,style:w({strokeDasharray:n.value[t],strokeDashoffset:0,stroke:typeof u[t]==`object`?`url(#gradient-${t})`:u[t]})},null,14,H)]))))],8,U))],2)],2),c&&t.default?(_(),x(`div`,{key:0},[S(`div`,{class:s(`${m}-progress-text`)},[l(()=>t.default())],2)])):l(()=>null)],2)}}}),K=a([h(`progress`,{display:`inline-block`},[h(`progress-icon`,`
 color: var(--n-icon-color);
 transition: color .3s var(--n-bezier);
 `),r(`line`,`
 width: 100%;
 display: block;
 `,[h(`progress-content`,`
 display: flex;
 align-items: center;
 `,[h(`progress-graph`,{flex:1})]),h(`progress-custom-content`,{marginLeft:`14px`}),h(`progress-icon`,`
 width: 30px;
 padding-left: 14px;
 height: var(--n-icon-size-line);
 line-height: var(--n-icon-size-line);
 font-size: var(--n-icon-size-line);
 `,[r(`as-text`,`
 color: var(--n-text-color-line-outer);
 text-align: center;
 width: 40px;
 font-size: var(--n-font-size);
 padding-left: 4px;
 transition: color .3s var(--n-bezier);
 `)])]),r(`circle, dashboard`,{width:`120px`},[h(`progress-custom-content`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 justify-content: center;
 `),h(`progress-text`,`
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
 `),h(`progress-icon`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 color: var(--n-icon-color);
 font-size: var(--n-icon-size-circle);
 `)]),r(`multiple-circle`,`
 width: 200px;
 color: inherit;
 `,[h(`progress-text`,`
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
 `)]),h(`progress-content`,{position:`relative`}),h(`progress-graph`,{position:`relative`},[h(`progress-graph-circle`,[a(`svg`,{verticalAlign:`bottom`}),h(`progress-graph-circle-fill`,`
 stroke: var(--n-fill-color);
 transition:
 opacity .3s var(--n-bezier),
 stroke .3s var(--n-bezier),
 stroke-dasharray .3s var(--n-bezier);
 `,[r(`empty`,{opacity:0})]),h(`progress-graph-circle-rail`,`
 transition: stroke .3s var(--n-bezier);
 overflow: hidden;
 stroke: var(--n-rail-color);
 `)]),h(`progress-graph-line`,[r(`indicator-inside`,[h(`progress-graph-line-rail`,`
 height: 16px;
 line-height: 16px;
 border-radius: 10px;
 `,[h(`progress-graph-line-fill`,`
 height: inherit;
 border-radius: 10px;
 `),h(`progress-graph-line-indicator`,`
 background: #0000;
 white-space: nowrap;
 text-align: right;
 margin-left: 14px;
 margin-right: 14px;
 height: inherit;
 font-size: 12px;
 color: var(--n-text-color-line-inner);
 transition: color .3s var(--n-bezier);
 `)])]),r(`indicator-inside-label`,`
 height: 16px;
 display: flex;
 align-items: center;
 `,[h(`progress-graph-line-rail`,`
 flex: 1;
 transition: background-color .3s var(--n-bezier);
 `),h(`progress-graph-line-indicator`,`
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
 `)]),h(`progress-graph-line-rail`,`
 position: relative;
 overflow: hidden;
 height: var(--n-rail-height);
 border-radius: 5px;
 background-color: var(--n-rail-color);
 transition: background-color .3s var(--n-bezier);
 `,[h(`progress-graph-line-fill`,`
 background: var(--n-fill-color);
 position: relative;
 border-radius: 5px;
 height: inherit;
 width: 100%;
 max-width: 0%;
 transition:
 background-color .3s var(--n-bezier),
 max-width .2s var(--n-bezier);
 `,[r(`processing`,[a(`&::after`,`
 content: "";
 background-image: var(--n-line-bg-processing);
 animation: progress-processing-animation 2s var(--n-bezier) infinite;
 `)])])])])])]),a(`@keyframes progress-processing-animation`,`
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
 `)]),q=[`aria-valuenow`,`role`],J={...p.props,processing:Boolean,type:{type:String,default:`line`},gapDegree:Number,gapOffsetDegree:Number,status:{type:String,default:`default`},railColor:[String,Array],railStyle:[String,Array],color:[String,Array,Object],viewBoxWidth:{type:Number,default:100},strokeWidth:{type:Number,default:7},percentage:[Number,Array],unit:{type:String,default:`%`},showIndicator:{type:Boolean,default:!0},indicatorPosition:{type:String,default:`outside`},indicatorPlacement:{type:String,default:`outside`},indicatorTextColor:String,circleGap:{type:Number,default:1},height:Number,borderRadius:[String,Number],fillBorderRadius:[String,Number],offsetDegree:Number},Y=C({name:`Progress`,props:J,setup(e){let r=b(()=>e.indicatorPlacement||e.indicatorPosition),i=b(()=>{if(e.gapDegree||e.gapDegree===0)return e.gapDegree;if(e.type===`dashboard`)return 75}),{mergedClsPrefixRef:a,inlineThemeDisabled:s}=t(e),c=p(`Progress`,`-progress`,K,D,e,a),l=b(()=>{let{status:t}=e,{common:{cubicBezierEaseInOut:n},self:{fontSize:r,fontSizeCircle:i,railColor:a,railHeight:s,iconSizeCircle:l,iconSizeLine:u,textColorCircle:d,textColorLineInner:f,textColorLineOuter:p,lineBgProcessing:m,fontWeightCircle:h,[o(`iconColor`,t)]:g,[o(`fillColor`,t)]:_}}=c.value;return{"--n-bezier":n,"--n-fill-color":_,"--n-font-size":r,"--n-font-size-circle":i,"--n-font-weight-circle":h,"--n-icon-color":g,"--n-icon-size-circle":l,"--n-icon-size-line":u,"--n-line-bg-processing":m,"--n-rail-color":a,"--n-rail-height":s,"--n-text-color-circle":d,"--n-text-color-line-inner":f,"--n-text-color-line-outer":p}}),u=s?n(`progress`,b(()=>e.status[0]),l,e):void 0;return{mergedClsPrefix:a,mergedIndicatorPlacement:r,gapDeg:i,cssVars:s?void 0:l,themeClass:u?.themeClass,onRender:u?.onRender}},render(){let{type:t,cssVars:n,indicatorTextColor:r,showIndicator:i,status:a,railColor:o,railStyle:c,color:u,percentage:d,viewBoxWidth:f,strokeWidth:p,mergedIndicatorPlacement:m,unit:h,borderRadius:g,fillBorderRadius:b,height:S,processing:C,circleGap:T,mergedClsPrefix:E,gapDeg:D,gapOffsetDegree:O,themeClass:k,$slots:A,onRender:j}=this;return j?.(),_(),x(`div`,{class:s([k,`${E}-progress`,`${E}-progress--${t}`,`${E}-progress--${a}`]),style:w(n),"aria-valuemax":100,"aria-valuemin":0,"aria-valuenow":d,role:t===`circle`||t===`line`||t===`dashboard`?`progressbar`:`none`},[t===`circle`||t===`dashboard`?(_(),v(F,{key:0,clsPrefix:E,status:a,showIndicator:i,indicatorTextColor:r,railColor:o,fillColor:u,railStyle:c,offsetDegree:this.offsetDegree,percentage:d,viewBoxWidth:f,strokeWidth:p,gapDegree:D===void 0?t===`dashboard`?75:0:D,gapOffsetDegree:O,unit:h},e(A),1032,[`clsPrefix`,`status`,`showIndicator`,`indicatorTextColor`,`railColor`,`fillColor`,`railStyle`,`offsetDegree`,`percentage`,`viewBoxWidth`,`strokeWidth`,`gapDegree`,`gapOffsetDegree`,`unit`])):(_(),x(y,{key:1},[t===`line`?(_(),v(L,{key:0,clsPrefix:E,status:a,showIndicator:i,indicatorTextColor:r,railColor:o,fillColor:u,railStyle:c,percentage:d,processing:C,indicatorPlacement:m,unit:h,fillBorderRadius:b,railBorderRadius:g,height:S},e(A),1032,[`clsPrefix`,`status`,`showIndicator`,`indicatorTextColor`,`railColor`,`fillColor`,`railStyle`,`percentage`,`processing`,`indicatorPlacement`,`unit`,`fillBorderRadius`,`railBorderRadius`,`height`])):(_(),x(y,{key:1},[t===`multiple-circle`?(_(),v(G,{key:0,clsPrefix:E,strokeWidth:p,railColor:o,fillColor:u,railStyle:c,viewBoxWidth:f,percentage:d,showIndicator:i,circleGap:T},e(A),1032,[`clsPrefix`,`strokeWidth`,`railColor`,`fillColor`,`railStyle`,`viewBoxWidth`,`percentage`,`showIndicator`,`circleGap`])):l(()=>null)],64))],64))],14,q)}});export{D as n,Y as t};