import{N as e,O as t,P as n,Q as r,S as i,U as a,W as o,d as s,i as c,l,nt as u,p as d,q as f,u as p,v as m,w as h,x as g,yt as _}from"./runtime-core.esm-bundler-wPbiH5qB.js";import{A as v,At as y,B as b,D as x,Dt as S,E as C,Et as w,F as T,G as E,L as D,Lt as O,M as k,Mt as A,N as j,Nt as M,Pt as ee,U as N,Y as P,b as F,j as I,jt as te,kt as L,z as R,zt as z}from"./Button-BwbACcSz.js";import{m as ne}from"./DataState-ZJossTmU.js";import{F as B,G as re,I as V,J as H,M as U,Q as W,T as G,V as K,W as q,X as J,at as Y,ct as X,ft as ie,mt as ae,nt as Z,ot as oe,p as se,st as ce,tt as le,x as ue}from"./index-Vn1Yw5C5.js";var de={thPaddingBorderedSmall:`8px 12px`,thPaddingBorderedMedium:`12px 16px`,thPaddingBorderedLarge:`16px 24px`,thPaddingSmall:`0`,thPaddingMedium:`0`,thPaddingLarge:`0`,tdPaddingBorderedSmall:`8px 12px`,tdPaddingBorderedMedium:`12px 16px`,tdPaddingBorderedLarge:`16px 24px`,tdPaddingSmall:`0 0 8px 0`,tdPaddingMedium:`0 0 12px 0`,tdPaddingLarge:`0 0 16px 0`};function fe(e){let{tableHeaderColor:t,textColor2:n,textColor1:r,cardColor:i,modalColor:a,popoverColor:o,dividerColor:s,borderRadius:c,fontWeightStrong:l,lineHeight:u,fontSizeSmall:d,fontSizeMedium:f,fontSizeLarge:p}=e;return{...de,lineHeight:u,fontSizeSmall:d,fontSizeMedium:f,fontSizeLarge:p,titleTextColor:r,thColor:T(i,t),thColorModal:T(a,t),thColorPopover:T(o,t),thTextColor:r,thFontWeight:l,tdTextColor:n,tdColor:i,tdColorModal:a,tdColorPopover:o,borderColor:T(i,s),borderColorModal:T(a,s),borderColorPopover:T(o,s),borderRadius:c}}var pe={name:`Descriptions`,common:j,self:fe};function Q(e,t=`default`,n=[]){let{children:r}=e;if(typeof r==`object`&&r&&!Array.isArray(r)){let e=r[t];if(typeof e==`function`)return e()}return n}var me=w([S(`descriptions`,{fontSize:`var(--n-font-size)`},[S(`descriptions-separator`,`
 display: inline-block;
 margin: 0 8px 0 2px;
 `),S(`descriptions-table-wrapper`,[S(`descriptions-table`,[S(`descriptions-table-row`,[S(`descriptions-table-header`,{padding:`var(--n-th-padding)`}),S(`descriptions-table-content`,{padding:`var(--n-td-padding)`})])])]),te(`bordered`,[S(`descriptions-table-wrapper`,[S(`descriptions-table`,[S(`descriptions-table-row`,[w(`&:last-child`,[S(`descriptions-table-content`,{paddingBottom:0})])])])])]),y(`left-label-placement`,[S(`descriptions-table-content`,[w(`> *`,{verticalAlign:`top`})])]),y(`left-label-align`,[w(`th`,{textAlign:`left`})]),y(`center-label-align`,[w(`th`,{textAlign:`center`})]),y(`right-label-align`,[w(`th`,{textAlign:`right`})]),y(`bordered`,[S(`descriptions-table-wrapper`,`
 border-radius: var(--n-border-radius);
 overflow: hidden;
 background: var(--n-merged-td-color);
 border: 1px solid var(--n-merged-border-color);
 `,[S(`descriptions-table`,[S(`descriptions-table-row`,[w(`&:not(:last-child)`,[S(`descriptions-table-content`,{borderBottom:`1px solid var(--n-merged-border-color)`}),S(`descriptions-table-header`,{borderBottom:`1px solid var(--n-merged-border-color)`})]),S(`descriptions-table-header`,`
 font-weight: 400;
 background-clip: padding-box;
 background-color: var(--n-merged-th-color);
 `,[w(`&:not(:last-child)`,{borderRight:`1px solid var(--n-merged-border-color)`})]),S(`descriptions-table-content`,[w(`&:not(:last-child)`,{borderRight:`1px solid var(--n-merged-border-color)`})])])])])]),S(`descriptions-header`,`
 font-weight: var(--n-th-font-weight);
 font-size: 18px;
 transition: color .3s var(--n-bezier);
 line-height: var(--n-line-height);
 margin-bottom: 16px;
 color: var(--n-title-text-color);
 `),S(`descriptions-table-wrapper`,`
 transition:
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[S(`descriptions-table`,`
 width: 100%;
 border-collapse: separate;
 border-spacing: 0;
 box-sizing: border-box;
 `,[S(`descriptions-table-row`,`
 box-sizing: border-box;
 transition: border-color .3s var(--n-bezier);
 `,[S(`descriptions-table-header`,`
 font-weight: var(--n-th-font-weight);
 line-height: var(--n-line-height);
 display: table-cell;
 box-sizing: border-box;
 color: var(--n-th-text-color);
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `),S(`descriptions-table-content`,`
 vertical-align: top;
 line-height: var(--n-line-height);
 display: table-cell;
 box-sizing: border-box;
 color: var(--n-td-text-color);
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[L(`content`,`
 transition: color .3s var(--n-bezier);
 display: inline-block;
 color: var(--n-td-text-color);
 `)]),L(`label`,`
 font-weight: var(--n-th-font-weight);
 transition: color .3s var(--n-bezier);
 display: inline-block;
 margin-right: 14px;
 color: var(--n-th-text-color);
 `)])])])]),S(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color);
 --n-merged-td-color: var(--n-td-color);
 --n-merged-border-color: var(--n-border-color);
 `),M(S(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color-modal);
 --n-merged-td-color: var(--n-td-color-modal);
 --n-merged-border-color: var(--n-border-color-modal);
 `)),ee(S(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color-popover);
 --n-merged-td-color: var(--n-td-color-popover);
 --n-merged-border-color: var(--n-border-color-popover);
 `))]),he=`DESCRIPTION_ITEM_FLAG`;function ge(e){return typeof e==`object`&&e&&!Array.isArray(e)?e.type&&e.type.DESCRIPTION_ITEM_FLAG:!1}var _e=[`colspan`],ve=[`colspan`],ye=[`colspan`],be=[`colspan`],xe={...I.props,title:String,column:{type:Number,default:3},columns:Number,labelPlacement:{type:String,default:`top`},labelAlign:{type:String,default:`left`},separator:{type:String,default:`:`},size:String,bordered:Boolean,labelClass:String,labelStyle:[Object,String],contentClass:String,contentStyle:[Object,String]},Se=m({name:`Descriptions`,props:xe,slots:Object,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n,mergedComponentPropsRef:r}=E(e),i=l(()=>e.size||r?.value?.Descriptions?.size||`medium`),a=I(`Descriptions`,`-descriptions`,me,pe,e,t),o=l(()=>{let{bordered:t}=e,n=i.value,{common:{cubicBezierEaseInOut:r},self:{titleTextColor:o,thColor:s,thColorModal:c,thColorPopover:l,thTextColor:u,thFontWeight:d,tdTextColor:f,tdColor:p,tdColorModal:m,tdColorPopover:h,borderColor:g,borderColorModal:_,borderColorPopover:v,borderRadius:y,lineHeight:b,[A(`fontSize`,n)]:x,[A(t?`thPaddingBordered`:`thPadding`,n)]:S,[A(t?`tdPaddingBordered`:`tdPadding`,n)]:C}}=a.value;return{"--n-title-text-color":o,"--n-th-padding":S,"--n-td-padding":C,"--n-font-size":x,"--n-bezier":r,"--n-th-font-weight":d,"--n-line-height":b,"--n-th-text-color":u,"--n-td-text-color":f,"--n-th-color":s,"--n-th-color-modal":c,"--n-th-color-popover":l,"--n-td-color":p,"--n-td-color-modal":m,"--n-td-color-popover":h,"--n-border-radius":y,"--n-border-color":g,"--n-border-color-modal":_,"--n-border-color-popover":v}}),s=n?k(`descriptions`,l(()=>{let t=``,{bordered:n}=e;return n&&(t+=`a`),t+=i.value[0],t}),o,e):void 0;return{mergedClsPrefix:t,cssVars:n?void 0:o,themeClass:s?.themeClass,onRender:s?.onRender,compitableColumn:le(e,[`columns`,`column`]),inlineThemeDisabled:n,mergedSize:i}},render(){let t=this.$slots.default,n=t?W(t()):[];n.length;let{contentClass:r,labelClass:i,compitableColumn:a,labelPlacement:o,labelAlign:s,mergedSize:c,bordered:l,title:u,cssVars:f,mergedClsPrefix:m,separator:h,onRender:g}=this;g?.();let v=n.filter(e=>ge(e)),y=v.reduce((t,n,s)=>{let c=n.props||{},u=v.length-1===s,f=[`label`in c?c.label:Q(n,`label`)],g=[Q(n)],y=c.span||1,x=t.span;t.span+=y;let S=c.labelStyle||c[`label-style`]||this.labelStyle,C=c.contentStyle||c[`content-style`]||this.contentStyle;if(o===`left`)l?t.row.push((e(),d(`th`,{key:1,class:D([`${m}-descriptions-table-header`,i]),colspan:1,style:_(S)},[b(()=>f)],6)),(e(),d(`td`,{key:2,class:D([`${m}-descriptions-table-content`,r]),colspan:u?(a-x)*2+1:y*2-1,style:_(C)},[b(()=>g)],14,_e))):t.row.push((e(),d(`td`,{key:3,class:D(`${m}-descriptions-table-content`),colspan:u?(a-x)*2:y*2},[p(`span`,{class:D([`${m}-descriptions-table-content__label`,i]),style:_(S)},[b(()=>[...f,h&&(e(),d(`span`,{key:4,class:D(`${m}-descriptions-separator`)},[b(()=>h)],2))])],6),p(`span`,{class:D([`${m}-descriptions-table-content__content`,r]),style:_(C)},[b(()=>g)],6)],10,ve)));else{let n=u?(a-x)*2:y*2;t.row.push((e(),d(`th`,{key:5,class:D([`${m}-descriptions-table-header`,i]),colspan:n,style:_(S)},[b(()=>f)],14,ye))),t.secondRow.push((e(),d(`td`,{key:6,class:D([`${m}-descriptions-table-content`,r]),colspan:n,style:_(C)},[b(()=>g)],14,be)))}return(t.span>=a||u)&&(t.span=0,t.row.length&&(t.rows.push(t.row),t.row=[]),o!==`left`&&t.secondRow.length&&(t.rows.push(t.secondRow),t.secondRow=[])),t},{span:0,row:[],secondRow:[],rows:[]}).rows.map(t=>(e(),d(`tr`,{class:D(`${m}-descriptions-table-row`)},[b(()=>t)],2)));return e(),d(`div`,{style:_(f),class:D([`${m}-descriptions`,this.themeClass,`${m}-descriptions--${o}-label-placement`,`${m}-descriptions--${s}-label-align`,`${m}-descriptions--${c}-size`,l&&`${m}-descriptions--bordered`])},[u||this.$slots.header?(e(),d(`div`,{key:0,class:D(`${m}-descriptions-header`)},[b(()=>u||ne(this,`header`))],2)):b(()=>null),p(`div`,{class:D(`${m}-descriptions-table-wrapper`)},[p(`table`,{class:D(`${m}-descriptions-table`)},[p(`tbody`,null,[b(()=>o===`top`&&(e(),d(`tr`,{class:D(`${m}-descriptions-table-row`),style:{visibility:`collapse`}},[b(()=>ae(a*2,(e(),d(`td`))))],2))),b(()=>y)])],2)],2)],6)}}),Ce={label:String,span:{type:Number,default:1},labelClass:String,labelStyle:[Object,String],contentClass:String,contentStyle:[Object,String]},we=m({name:`DescriptionsItem`,[he]:!0,props:Ce,slots:Object,render(){return null}});function Te(e){let{modalColor:t,textColor1:n,textColor2:r,boxShadow3:i,lineHeight:a,fontWeightStrong:o,dividerColor:s,closeColorHover:c,closeColorPressed:l,closeIconColor:u,closeIconColorHover:d,closeIconColorPressed:f,borderRadius:p,primaryColorHover:m}=e;return{bodyPadding:`16px 24px`,borderRadius:p,headerPadding:`16px 24px`,footerPadding:`16px 24px`,color:t,textColor:r,titleTextColor:n,titleFontSize:`18px`,titleFontWeight:o,boxShadow:i,lineHeight:a,headerBorderBottom:`1px solid ${s}`,footerBorderTop:`1px solid ${s}`,closeIconColor:u,closeIconColorHover:d,closeIconColorPressed:f,closeSize:`22px`,closeIconSize:`18px`,closeColorHover:c,closeColorPressed:l,closeBorderRadius:p,resizableTriggerColorHover:m}}var Ee=v({name:`Drawer`,common:j,peers:{Scrollbar:ie},self:Te}),De=[`onMouseenter`,`onMouseleave`,`onMousedown`],Oe={key:1,role:`none`},ke=m({name:`NDrawerContent`,inheritAttrs:!1,props:{blockScroll:Boolean,show:{type:Boolean,default:void 0},displayDirective:{type:String,required:!0},placement:{type:String,required:!0},contentClass:String,contentStyle:[Object,String],nativeScrollbar:{type:Boolean,required:!0},scrollbarProps:Object,trapFocus:{type:Boolean,default:!0},autoFocus:{type:Boolean,default:!0},showMask:{type:[Boolean,String],required:!0},maxWidth:Number,maxHeight:Number,minWidth:Number,minHeight:Number,resizable:Boolean,onClickoutside:Function,onAfterLeave:Function,onAfterEnter:Function,onEsc:Function},setup(e){let s=r(!!e.show),c=r(null),u=i(X),d=0,f=``,p=null,m=r(!1),h=r(!1),g=l(()=>e.placement===`top`||e.placement===`bottom`),{mergedClsPrefixRef:_,mergedRtlRef:v}=E(e),y=F(`Drawer`,v,_),b=A,x=e=>{h.value=!0,d=g.value?e.clientY:e.clientX,f=document.body.style.cursor,document.body.style.cursor=g.value?`ns-resize`:`ew-resize`,document.body.addEventListener(`mousemove`,k),document.body.addEventListener(`mouseleave`,b),document.body.addEventListener(`mouseup`,A)},S=()=>{p!==null&&(window.clearTimeout(p),p=null),h.value?m.value=!0:p=window.setTimeout(()=>{m.value=!0},300)},C=()=>{p!==null&&(window.clearTimeout(p),p=null),m.value=!1},{doUpdateHeight:w,doUpdateWidth:T}=u,D=t=>{let{maxWidth:n}=e;if(n&&t>n)return n;let{minWidth:r}=e;return r&&t<r?r:t},O=t=>{let{maxHeight:n}=e;if(n&&t>n)return n;let{minHeight:r}=e;return r&&t<r?r:t};function k(t){if(h.value){if(g.value){let n=c.value?.offsetHeight||0,r=d-t.clientY;n+=e.placement===`bottom`?r:-r,n=O(n),w(n),d=t.clientY}else{let n=c.value?.offsetWidth||0,r=d-t.clientX;n+=e.placement===`right`?r:-r,n=D(n),T(n),d=t.clientX}}}function A(){h.value&&(d=0,h.value=!1,document.body.style.cursor=f,document.body.removeEventListener(`mousemove`,k),document.body.removeEventListener(`mouseup`,A),document.body.removeEventListener(`mouseleave`,b))}o(()=>{e.show&&(s.value=!0)}),a(()=>e.show,e=>{e||A()}),t(()=>{A()});let j=l(()=>{let{show:t}=e,n=[[z,t]];return e.showMask||n.push([re,e.onClickoutside,void 0,{capture:!0}]),n});function M(){s.value=!1,e.onAfterLeave?.()}return G(l(()=>e.blockScroll&&s.value)),n(ce,c),n(Y,null),n(oe,null),{bodyRef:c,rtlEnabled:y,mergedClsPrefix:u.mergedClsPrefixRef,isMounted:u.isMountedRef,mergedTheme:u.mergedThemeRef,displayed:s,transitionName:l(()=>({right:`slide-in-from-right-transition`,left:`slide-in-from-left-transition`,top:`slide-in-from-top-transition`,bottom:`slide-in-from-bottom-transition`})[e.placement]),handleAfterLeave:M,bodyDirectives:j,handleMousedownResizeTrigger:x,handleMouseenterResizeTrigger:S,handleMouseleaveResizeTrigger:C,isDragging:h,isHoverOnResizeTrigger:m}},render(){let{$slots:t,mergedClsPrefix:n}=this;return this.displayDirective===`show`||this.displayed||this.show?f((e(),d(`div`,Oe,[(e(),s(V,{disabled:!this.showMask||!this.trapFocus,active:this.show,autoFocus:this.autoFocus,onEsc:this.onEsc},{default:()=>(e(),s(O,{name:this.transitionName,appear:this.isMounted,onAfterEnter:this.onAfterEnter,onAfterLeave:this.handleAfterLeave},{default:()=>f(g(`div`,h(this.$attrs,{role:`dialog`,ref:`bodyRef`,"aria-modal":`true`,class:[`${n}-drawer`,this.rtlEnabled&&`${n}-drawer--rtl`,`${n}-drawer--${this.placement}-placement`,this.isDragging&&`${n}-drawer--unselectable`,this.nativeScrollbar&&`${n}-drawer--native-scrollbar`]}),[this.resizable?(e(),d(`div`,{key:2,class:D([`${n}-drawer__resize-trigger`,(this.isDragging||this.isHoverOnResizeTrigger)&&`${n}-drawer__resize-trigger--hover`]),onMouseenter:this.handleMouseenterResizeTrigger,onMouseleave:this.handleMouseleaveResizeTrigger,onMousedown:this.handleMousedownResizeTrigger},null,42,De)):null,this.nativeScrollbar?(e(),d(`div`,{key:3,class:D([`${n}-drawer-content-wrapper`,this.contentClass]),style:_(this.contentStyle),role:`none`},[b(()=>t.default?.())],6)):(e(),s(B,h({key:4},this.scrollbarProps,{contentStyle:this.contentStyle,contentClass:[`${n}-drawer-content-wrapper`,this.contentClass],theme:this.mergedTheme.peers.Scrollbar,themeOverrides:this.mergedTheme.peerOverrides.Scrollbar}),R(t),1040,[`contentStyle`,`contentClass`,`theme`,`themeOverrides`]))]),this.bodyDirectives)},1032,[`name`,`appear`,`onAfterEnter`,`onAfterLeave`]))},1032,[`disabled`,`active`,`autoFocus`,`onEsc`]))])),[[z,this.displayDirective===`if`||this.displayed||this.show]]):null}}),{cubicBezierEaseIn:Ae,cubicBezierEaseOut:je}=N;function Me({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-bottom`}={}){return[w(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${Ae}`}),w(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${je}`}),w(`&.${n}-transition-enter-to`,{transform:`translateY(0)`}),w(`&.${n}-transition-enter-from`,{transform:`translateY(100%)`}),w(`&.${n}-transition-leave-from`,{transform:`translateY(0)`}),w(`&.${n}-transition-leave-to`,{transform:`translateY(100%)`})]}var{cubicBezierEaseIn:Ne,cubicBezierEaseOut:Pe}=N;function $({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-left`}={}){return[w(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${Ne}`}),w(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${Pe}`}),w(`&.${n}-transition-enter-to`,{transform:`translateX(0)`}),w(`&.${n}-transition-enter-from`,{transform:`translateX(-100%)`}),w(`&.${n}-transition-leave-from`,{transform:`translateX(0)`}),w(`&.${n}-transition-leave-to`,{transform:`translateX(-100%)`})]}var{cubicBezierEaseIn:Fe,cubicBezierEaseOut:Ie}=N;function Le({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-right`}={}){return[w(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${Fe}`}),w(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${Ie}`}),w(`&.${n}-transition-enter-to`,{transform:`translateX(0)`}),w(`&.${n}-transition-enter-from`,{transform:`translateX(100%)`}),w(`&.${n}-transition-leave-from`,{transform:`translateX(0)`}),w(`&.${n}-transition-leave-to`,{transform:`translateX(100%)`})]}var{cubicBezierEaseIn:Re,cubicBezierEaseOut:ze}=N;function Be({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-top`}={}){return[w(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${Re}`}),w(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${ze}`}),w(`&.${n}-transition-enter-to`,{transform:`translateY(0)`}),w(`&.${n}-transition-enter-from`,{transform:`translateY(-100%)`}),w(`&.${n}-transition-leave-from`,{transform:`translateY(0)`}),w(`&.${n}-transition-leave-to`,{transform:`translateY(-100%)`})]}var Ve=w([S(`drawer`,`
 word-break: break-word;
 line-height: var(--n-line-height);
 position: absolute;
 pointer-events: all;
 box-shadow: var(--n-box-shadow);
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 background-color: var(--n-color);
 color: var(--n-text-color);
 box-sizing: border-box;
 `,[Le(),$(),Be(),Me(),y(`unselectable`,`
 user-select: none; 
 -webkit-user-select: none;
 `),y(`native-scrollbar`,[S(`drawer-content-wrapper`,`
 overflow: auto;
 height: 100%;
 `)]),L(`resize-trigger`,`
 position: absolute;
 background-color: #0000;
 transition: background-color .3s var(--n-bezier);
 `,[y(`hover`,`
 background-color: var(--n-resize-trigger-color-hover);
 `)]),S(`drawer-content-wrapper`,`
 box-sizing: border-box;
 `),S(`drawer-content`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `,[y(`native-scrollbar`,[S(`drawer-body-content-wrapper`,`
 height: 100%;
 overflow: auto;
 `)]),S(`drawer-body`,`
 flex: 1 0 0;
 overflow: hidden;
 `),S(`drawer-body-content-wrapper`,`
 box-sizing: border-box;
 padding: var(--n-body-padding);
 `),S(`drawer-header`,`
 font-weight: var(--n-title-font-weight);
 line-height: 1;
 font-size: var(--n-title-font-size);
 color: var(--n-title-text-color);
 padding: var(--n-header-padding);
 transition: border .3s var(--n-bezier);
 border-bottom: 1px solid var(--n-divider-color);
 border-bottom: var(--n-header-border-bottom);
 display: flex;
 justify-content: space-between;
 align-items: center;
 `,[L(`main`,`
 flex: 1;
 `),L(`close`,`
 margin-left: 6px;
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `)]),S(`drawer-footer`,`
 display: flex;
 justify-content: flex-end;
 border-top: var(--n-footer-border-top);
 transition: border .3s var(--n-bezier);
 padding: var(--n-footer-padding);
 `)]),y(`right-placement`,`
 top: 0;
 bottom: 0;
 right: 0;
 border-top-left-radius: var(--n-border-radius);
 border-bottom-left-radius: var(--n-border-radius);
 `,[L(`resize-trigger`,`
 width: 3px;
 height: 100%;
 top: 0;
 left: 0;
 transform: translateX(-1.5px);
 cursor: ew-resize;
 `)]),y(`left-placement`,`
 top: 0;
 bottom: 0;
 left: 0;
 border-top-right-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 `,[L(`resize-trigger`,`
 width: 3px;
 height: 100%;
 top: 0;
 right: 0;
 transform: translateX(1.5px);
 cursor: ew-resize;
 `)]),y(`top-placement`,`
 top: 0;
 left: 0;
 right: 0;
 border-bottom-left-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 `,[L(`resize-trigger`,`
 width: 100%;
 height: 3px;
 bottom: 0;
 left: 0;
 transform: translateY(1.5px);
 cursor: ns-resize;
 `)]),y(`bottom-placement`,`
 left: 0;
 bottom: 0;
 right: 0;
 border-top-left-radius: var(--n-border-radius);
 border-top-right-radius: var(--n-border-radius);
 `,[L(`resize-trigger`,`
 width: 100%;
 height: 3px;
 top: 0;
 left: 0;
 transform: translateY(-1.5px);
 cursor: ns-resize;
 `)])]),w(`body`,[w(`>`,[S(`drawer-container`,`
 position: fixed;
 `)])]),S(`drawer-container`,`
 position: relative;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 pointer-events: none;
 `,[w(`> *`,`
 pointer-events: all;
 `)]),S(`drawer-mask`,`
 background-color: rgba(0, 0, 0, .3);
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[y(`invisible`,`
 background-color: rgba(0, 0, 0, 0)
 `),H({enterDuration:`0.2s`,leaveDuration:`0.2s`,enterCubicBezier:`var(--n-bezier-in)`,leaveCubicBezier:`var(--n-bezier-out)`})])]),He=[`onClick`],Ue={...I.props,show:Boolean,width:[Number,String],height:[Number,String],placement:{type:String,default:`right`},maskClosable:{type:Boolean,default:!0},showMask:{type:[Boolean,String],default:!0},to:[String,Object],displayDirective:{type:String,default:`if`},nativeScrollbar:{type:Boolean,default:!0},zIndex:Number,onMaskClick:Function,scrollbarProps:Object,contentClass:String,contentStyle:[Object,String],trapFocus:{type:Boolean,default:!0},onEsc:Function,autoFocus:{type:Boolean,default:!0},closeOnEsc:{type:Boolean,default:!0},blockScroll:{type:Boolean,default:!0},maxWidth:Number,maxHeight:Number,minWidth:Number,minHeight:Number,resizable:Boolean,defaultWidth:{type:[Number,String],default:251},defaultHeight:{type:[Number,String],default:251},onUpdateWidth:[Function,Array],onUpdateHeight:[Function,Array],"onUpdate:width":[Function,Array],"onUpdate:height":[Function,Array],"onUpdate:show":[Function,Array],onUpdateShow:[Function,Array],onAfterEnter:Function,onAfterLeave:Function,drawerStyle:[String,Object],drawerClass:String,target:null,onShow:Function,onHide:Function},We=m({name:`Drawer`,inheritAttrs:!1,props:Ue,setup(e){let{mergedClsPrefixRef:t,namespaceRef:i,inlineThemeDisabled:a}=E(e),o=x(),s=I(`Drawer`,`-drawer`,Ve,Ee,e,t),c=r(e.defaultWidth),d=r(e.defaultHeight),f=Z(u(e,`width`),c),p=Z(u(e,`height`),d),m=l(()=>{let{placement:t}=e;return t===`top`||t===`bottom`?``:J(f.value)}),h=l(()=>{let{placement:t}=e;return t===`left`||t===`right`?``:J(p.value)}),g=t=>{let{onUpdateWidth:n,"onUpdate:width":r}=e;n&&C(n,t),r&&C(r,t),c.value=t},_=t=>{let{onUpdateHeight:n,"onUpdate:width":r}=e;n&&C(n,t),r&&C(r,t),d.value=t},v=l(()=>[{width:m.value,height:h.value},e.drawerStyle||``]);function y(t){let{onMaskClick:n,maskClosable:r}=e;r&&T(!1),n&&n(t)}function b(e){y(e)}let S=se();function w(t){e.onEsc?.(),e.show&&e.closeOnEsc&&ue(t)&&(S.value||T(!1))}function T(t){let{onHide:n,onUpdateShow:r,"onUpdate:show":i}=e;r&&C(r,t),i&&C(i,t),n&&!t&&C(n,t)}n(X,{isMountedRef:o,mergedThemeRef:s,mergedClsPrefixRef:t,doUpdateShow:T,doUpdateHeight:_,doUpdateWidth:g});let D=l(()=>{let{common:{cubicBezierEaseInOut:e,cubicBezierEaseIn:t,cubicBezierEaseOut:n},self:{color:r,textColor:i,boxShadow:a,lineHeight:o,headerPadding:c,footerPadding:l,borderRadius:u,bodyPadding:d,titleFontSize:f,titleTextColor:p,titleFontWeight:m,headerBorderBottom:h,footerBorderTop:g,closeIconColor:_,closeIconColorHover:v,closeIconColorPressed:y,closeColorHover:b,closeColorPressed:x,closeIconSize:S,closeSize:C,closeBorderRadius:w,resizableTriggerColorHover:T}}=s.value;return{"--n-line-height":o,"--n-color":r,"--n-border-radius":u,"--n-text-color":i,"--n-box-shadow":a,"--n-bezier":e,"--n-bezier-out":n,"--n-bezier-in":t,"--n-header-padding":c,"--n-body-padding":d,"--n-footer-padding":l,"--n-title-text-color":p,"--n-title-font-size":f,"--n-title-font-weight":m,"--n-header-border-bottom":h,"--n-footer-border-top":g,"--n-close-icon-color":_,"--n-close-icon-color-hover":v,"--n-close-icon-color-pressed":y,"--n-close-size":C,"--n-close-color-hover":b,"--n-close-color-pressed":x,"--n-close-icon-size":S,"--n-close-border-radius":w,"--n-resize-trigger-color-hover":T}}),O=a?k(`drawer`,void 0,D,e):void 0;return{mergedClsPrefix:t,namespace:i,mergedBodyStyle:v,handleOutsideClick:b,handleMaskClick:y,handleEsc:w,mergedTheme:s,cssVars:a?void 0:D,themeClass:O?.themeClass,onRender:O?.onRender,isMounted:o}},render(){let{mergedClsPrefix:t}=this;return e(),s(K,{to:this.to,show:this.show},{default:()=>(this.onRender?.(),f((e(),d(`div`,{class:D([`${t}-drawer-container`,this.namespace,this.themeClass]),style:_(this.cssVars),role:`none`},[this.showMask?(e(),s(O,{key:0,name:`fade-in-transition`,appear:this.isMounted},{default:()=>this.show?(e(),d(`div`,{key:1,"aria-hidden":!0,class:D([`${t}-drawer-mask`,this.showMask===`transparent`&&`${t}-drawer-mask--invisible`]),onClick:this.handleMaskClick},null,10,He)):null},1032,[`appear`])):b(()=>null),(e(),s(ke,h(this.$attrs,{class:[this.drawerClass,this.$attrs.class],style:[this.mergedBodyStyle,this.$attrs.style],blockScroll:this.blockScroll,contentStyle:this.contentStyle,contentClass:this.contentClass,placement:this.placement,scrollbarProps:this.scrollbarProps,show:this.show,displayDirective:this.displayDirective,nativeScrollbar:this.nativeScrollbar,onAfterEnter:this.onAfterEnter,onAfterLeave:this.onAfterLeave,trapFocus:this.trapFocus,autoFocus:this.autoFocus,resizable:this.resizable,maxHeight:this.maxHeight,minHeight:this.minHeight,maxWidth:this.maxWidth,minWidth:this.minWidth,showMask:this.showMask,onEsc:this.handleEsc,onClickoutside:this.handleOutsideClick}),R(this.$slots),1040,[`class`,`style`,`blockScroll`,`contentStyle`,`contentClass`,`placement`,`scrollbarProps`,`show`,`displayDirective`,`nativeScrollbar`,`onAfterEnter`,`onAfterLeave`,`trapFocus`,`autoFocus`,`resizable`,`maxHeight`,`minHeight`,`maxWidth`,`minWidth`,`showMask`,`onEsc`,`onClickoutside`]))],6)),[[q,{zIndex:this.zIndex,enabled:this.show}]]))},1032,[`to`,`show`])}}),Ge=m({name:`DrawerContent`,props:{title:String,headerClass:String,headerStyle:[Object,String],footerClass:String,footerStyle:[Object,String],bodyClass:String,bodyStyle:[Object,String],bodyContentClass:String,bodyContentStyle:[Object,String],nativeScrollbar:{type:Boolean,default:!0},scrollbarProps:Object,closable:Boolean},slots:Object,setup(){let e=i(X,null);e||P(`drawer-content`,"`n-drawer-content` must be placed inside `n-drawer`.");let{doUpdateShow:t}=e;function n(){t(!1)}return{handleCloseClick:n,mergedTheme:e.mergedThemeRef,mergedClsPrefix:e.mergedClsPrefixRef}},render(){let{title:t,mergedClsPrefix:n,nativeScrollbar:r,mergedTheme:i,bodyClass:a,bodyStyle:o,bodyContentClass:l,bodyContentStyle:u,headerClass:f,headerStyle:m,footerClass:g,footerStyle:v,scrollbarProps:y,closable:x,$slots:S}=this;return e(),d(`div`,{role:`none`,class:D([`${n}-drawer-content`,r&&`${n}-drawer-content--native-scrollbar`])},[S.header||t||x?(e(),d(`div`,{key:0,class:D([`${n}-drawer-header`,f]),style:_(m),role:`none`},[p(`div`,{class:D(`${n}-drawer-header__main`),role:`heading`,"aria-level":`1`},[S.header===void 0?(e(),d(c,{key:1},[b(()=>t)],64)):(e(),d(c,{key:0},[b(()=>S.header())],64))],2),b(()=>x&&(e(),s(U,{onClick:this.handleCloseClick,clsPrefix:n,class:D(`${n}-drawer-header__close`),absolute:!0},null,8,[`onClick`,`clsPrefix`,`class`])))],6)):b(()=>null),r?(e(),d(`div`,{key:2,class:D([`${n}-drawer-body`,a]),style:_(o),role:`none`},[p(`div`,{class:D([`${n}-drawer-body-content-wrapper`,l]),style:_(u),role:`none`},[b(()=>S.default?.())],6)],6)):(e(),s(B,h({key:3,themeOverrides:i.peerOverrides.Scrollbar,theme:i.peers.Scrollbar},y,{class:`${n}-drawer-body`,contentClass:[`${n}-drawer-body-content-wrapper`,l],contentStyle:u}),R(S),1040,[`themeOverrides`,`theme`,`class`,`contentClass`,`contentStyle`])),S.footer?(e(),d(`div`,{key:4,class:D([`${n}-drawer-footer`,g]),style:_(v),role:`none`},[b(()=>S.footer())],6)):b(()=>null)],2)}});export{Se as i,We as n,we as r,Ge as t};