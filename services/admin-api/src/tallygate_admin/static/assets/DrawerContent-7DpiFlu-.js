import{$ as e,N as t,O as n,P as r,S as i,U as a,W as o,d as s,i as c,l,p as u,q as d,rt as f,u as p,v as m,w as h,x as g,xt as _}from"./runtime-core.esm-bundler-DolcaMW8.js";import{At as v,Bt as y,D as b,G as x,H as S,Ht as C,M as w,Mt as T,N as E,Nt as D,O,P as k,Q as A,V as j,b as M,j as N,kt as P,q as F,z as I}from"./Button-b-t6E8qV.js";import{T as L,b as R,m as z,p as ee,v as te,x as B}from"./api-2UHzveea.js";import{A as V,D as H,E as U,_ as W,g as G,j as K,p as q,t as J,u as Y}from"./event-BkvXtGsZ.js";import{O as X,R as Z}from"./index-Cghcw26Z.js";function Q(e){let{modalColor:t,textColor1:n,textColor2:r,boxShadow3:i,lineHeight:a,fontWeightStrong:o,dividerColor:s,closeColorHover:c,closeColorPressed:l,closeIconColor:u,closeIconColorHover:d,closeIconColorPressed:f,borderRadius:p,primaryColorHover:m}=e;return{bodyPadding:`16px 24px`,borderRadius:p,headerPadding:`16px 24px`,footerPadding:`16px 24px`,color:t,textColor:r,titleTextColor:n,titleFontSize:`18px`,titleFontWeight:o,boxShadow:i,lineHeight:a,headerBorderBottom:`1px solid ${s}`,footerBorderTop:`1px solid ${s}`,closeIconColor:u,closeIconColorHover:d,closeIconColorPressed:f,closeSize:`22px`,closeIconSize:`18px`,closeColorHover:c,closeColorPressed:l,closeBorderRadius:p,resizableTriggerColorHover:m}}var ne=N({name:`Drawer`,common:k,peers:{Scrollbar:L},self:Q}),re=[`onMouseenter`,`onMouseleave`,`onMousedown`],ie={key:1,role:`none`},ae=m({name:`NDrawerContent`,inheritAttrs:!1,props:{blockScroll:Boolean,show:{type:Boolean,default:void 0},displayDirective:{type:String,required:!0},placement:{type:String,required:!0},contentClass:String,contentStyle:[Object,String],nativeScrollbar:{type:Boolean,required:!0},scrollbarProps:Object,trapFocus:{type:Boolean,default:!0},autoFocus:{type:Boolean,default:!0},showMask:{type:[Boolean,String],required:!0},maxWidth:Number,maxHeight:Number,minWidth:Number,minHeight:Number,resizable:Boolean,onClickoutside:Function,onAfterLeave:Function,onAfterEnter:Function,onEsc:Function},setup(t){let s=e(!!t.show),c=e(null),u=i(K),d=0,f=``,p=null,m=e(!1),h=e(!1),g=l(()=>t.placement===`top`||t.placement===`bottom`),{mergedClsPrefixRef:_,mergedRtlRef:v}=F(t),y=M(`Drawer`,v,_),b=A,x=e=>{h.value=!0,d=g.value?e.clientY:e.clientX,f=document.body.style.cursor,document.body.style.cursor=g.value?`ns-resize`:`ew-resize`,document.body.addEventListener(`mousemove`,k),document.body.addEventListener(`mouseleave`,b),document.body.addEventListener(`mouseup`,A)},S=()=>{p!==null&&(window.clearTimeout(p),p=null),h.value?m.value=!0:p=window.setTimeout(()=>{m.value=!0},300)},w=()=>{p!==null&&(window.clearTimeout(p),p=null),m.value=!1},{doUpdateHeight:T,doUpdateWidth:E}=u,D=e=>{let{maxWidth:n}=t;if(n&&e>n)return n;let{minWidth:r}=t;return r&&e<r?r:e},O=e=>{let{maxHeight:n}=t;if(n&&e>n)return n;let{minHeight:r}=t;return r&&e<r?r:e};function k(e){if(h.value){if(g.value){let n=c.value?.offsetHeight||0,r=d-e.clientY;n+=t.placement===`bottom`?r:-r,n=O(n),T(n),d=e.clientY}else{let n=c.value?.offsetWidth||0,r=d-e.clientX;n+=t.placement===`right`?r:-r,n=D(n),E(n),d=e.clientX}}}function A(){h.value&&(d=0,h.value=!1,document.body.style.cursor=f,document.body.removeEventListener(`mousemove`,k),document.body.removeEventListener(`mouseup`,A),document.body.removeEventListener(`mouseleave`,b))}o(()=>{t.show&&(s.value=!0)}),a(()=>t.show,e=>{e||A()}),n(()=>{A()});let j=l(()=>{let{show:e}=t,n=[[C,e]];return t.showMask||n.push([W,t.onClickoutside,void 0,{capture:!0}]),n});function N(){s.value=!1,t.onAfterLeave?.()}return Z(l(()=>t.blockScroll&&s.value)),r(V,c),r(U,null),r(H,null),{bodyRef:c,rtlEnabled:y,mergedClsPrefix:u.mergedClsPrefixRef,isMounted:u.isMountedRef,mergedTheme:u.mergedThemeRef,displayed:s,transitionName:l(()=>({right:`slide-in-from-right-transition`,left:`slide-in-from-left-transition`,top:`slide-in-from-top-transition`,bottom:`slide-in-from-bottom-transition`})[t.placement]),handleAfterLeave:N,bodyDirectives:j,handleMousedownResizeTrigger:x,handleMouseenterResizeTrigger:S,handleMouseleaveResizeTrigger:w,isDragging:h,isHoverOnResizeTrigger:m}},render(){let{$slots:e,mergedClsPrefix:n}=this;return this.displayDirective===`show`||this.displayed||this.show?d((t(),u(`div`,ie,[(t(),s(Y,{disabled:!this.showMask||!this.trapFocus,active:this.show,autoFocus:this.autoFocus,onEsc:this.onEsc},{default:()=>(t(),s(y,{name:this.transitionName,appear:this.isMounted,onAfterEnter:this.onAfterEnter,onAfterLeave:this.handleAfterLeave},{default:()=>d(g(`div`,h(this.$attrs,{role:`dialog`,ref:`bodyRef`,"aria-modal":`true`,class:[`${n}-drawer`,this.rtlEnabled&&`${n}-drawer--rtl`,`${n}-drawer--${this.placement}-placement`,this.isDragging&&`${n}-drawer--unselectable`,this.nativeScrollbar&&`${n}-drawer--native-scrollbar`]}),[this.resizable?(t(),u(`div`,{key:2,class:I([`${n}-drawer__resize-trigger`,(this.isDragging||this.isHoverOnResizeTrigger)&&`${n}-drawer__resize-trigger--hover`]),onMouseenter:this.handleMouseenterResizeTrigger,onMouseleave:this.handleMouseleaveResizeTrigger,onMousedown:this.handleMousedownResizeTrigger},null,42,re)):null,this.nativeScrollbar?(t(),u(`div`,{key:3,class:I([`${n}-drawer-content-wrapper`,this.contentClass]),style:_(this.contentStyle),role:`none`},[S(()=>e.default?.())],6)):(t(),s(z,h({key:4},this.scrollbarProps,{contentStyle:this.contentStyle,contentClass:[`${n}-drawer-content-wrapper`,this.contentClass],theme:this.mergedTheme.peers.Scrollbar,themeOverrides:this.mergedTheme.peerOverrides.Scrollbar}),j(e),1040,[`contentStyle`,`contentClass`,`theme`,`themeOverrides`]))]),this.bodyDirectives)},1032,[`name`,`appear`,`onAfterEnter`,`onAfterLeave`]))},1032,[`disabled`,`active`,`autoFocus`,`onEsc`]))])),[[C,this.displayDirective===`if`||this.displayed||this.show]]):null}}),{cubicBezierEaseIn:oe,cubicBezierEaseOut:se}=x;function ce({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-bottom`}={}){return[P(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${oe}`}),P(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${se}`}),P(`&.${n}-transition-enter-to`,{transform:`translateY(0)`}),P(`&.${n}-transition-enter-from`,{transform:`translateY(100%)`}),P(`&.${n}-transition-leave-from`,{transform:`translateY(0)`}),P(`&.${n}-transition-leave-to`,{transform:`translateY(100%)`})]}var{cubicBezierEaseIn:le,cubicBezierEaseOut:ue}=x;function de({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-left`}={}){return[P(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${le}`}),P(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${ue}`}),P(`&.${n}-transition-enter-to`,{transform:`translateX(0)`}),P(`&.${n}-transition-enter-from`,{transform:`translateX(-100%)`}),P(`&.${n}-transition-leave-from`,{transform:`translateX(0)`}),P(`&.${n}-transition-leave-to`,{transform:`translateX(-100%)`})]}var{cubicBezierEaseIn:fe,cubicBezierEaseOut:pe}=x;function $({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-right`}={}){return[P(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${fe}`}),P(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${pe}`}),P(`&.${n}-transition-enter-to`,{transform:`translateX(0)`}),P(`&.${n}-transition-enter-from`,{transform:`translateX(100%)`}),P(`&.${n}-transition-leave-from`,{transform:`translateX(0)`}),P(`&.${n}-transition-leave-to`,{transform:`translateX(100%)`})]}var{cubicBezierEaseIn:me,cubicBezierEaseOut:he}=x;function ge({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-top`}={}){return[P(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${me}`}),P(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${he}`}),P(`&.${n}-transition-enter-to`,{transform:`translateY(0)`}),P(`&.${n}-transition-enter-from`,{transform:`translateY(-100%)`}),P(`&.${n}-transition-leave-from`,{transform:`translateY(0)`}),P(`&.${n}-transition-leave-to`,{transform:`translateY(-100%)`})]}var _e=P([v(`drawer`,`
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
 `,[$(),de(),ge(),ce(),D(`unselectable`,`
 user-select: none; 
 -webkit-user-select: none;
 `),D(`native-scrollbar`,[v(`drawer-content-wrapper`,`
 overflow: auto;
 height: 100%;
 `)]),T(`resize-trigger`,`
 position: absolute;
 background-color: #0000;
 transition: background-color .3s var(--n-bezier);
 `,[D(`hover`,`
 background-color: var(--n-resize-trigger-color-hover);
 `)]),v(`drawer-content-wrapper`,`
 box-sizing: border-box;
 `),v(`drawer-content`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `,[D(`native-scrollbar`,[v(`drawer-body-content-wrapper`,`
 height: 100%;
 overflow: auto;
 `)]),v(`drawer-body`,`
 flex: 1 0 0;
 overflow: hidden;
 `),v(`drawer-body-content-wrapper`,`
 box-sizing: border-box;
 padding: var(--n-body-padding);
 `),v(`drawer-header`,`
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
 `,[T(`main`,`
 flex: 1;
 `),T(`close`,`
 margin-left: 6px;
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `)]),v(`drawer-footer`,`
 display: flex;
 justify-content: flex-end;
 border-top: var(--n-footer-border-top);
 transition: border .3s var(--n-bezier);
 padding: var(--n-footer-padding);
 `)]),D(`right-placement`,`
 top: 0;
 bottom: 0;
 right: 0;
 border-top-left-radius: var(--n-border-radius);
 border-bottom-left-radius: var(--n-border-radius);
 `,[T(`resize-trigger`,`
 width: 3px;
 height: 100%;
 top: 0;
 left: 0;
 transform: translateX(-1.5px);
 cursor: ew-resize;
 `)]),D(`left-placement`,`
 top: 0;
 bottom: 0;
 left: 0;
 border-top-right-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 `,[T(`resize-trigger`,`
 width: 3px;
 height: 100%;
 top: 0;
 right: 0;
 transform: translateX(1.5px);
 cursor: ew-resize;
 `)]),D(`top-placement`,`
 top: 0;
 left: 0;
 right: 0;
 border-bottom-left-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 `,[T(`resize-trigger`,`
 width: 100%;
 height: 3px;
 bottom: 0;
 left: 0;
 transform: translateY(1.5px);
 cursor: ns-resize;
 `)]),D(`bottom-placement`,`
 left: 0;
 bottom: 0;
 right: 0;
 border-top-left-radius: var(--n-border-radius);
 border-top-right-radius: var(--n-border-radius);
 `,[T(`resize-trigger`,`
 width: 100%;
 height: 3px;
 top: 0;
 left: 0;
 transform: translateY(-1.5px);
 cursor: ns-resize;
 `)])]),P(`body`,[P(`>`,[v(`drawer-container`,`
 position: fixed;
 `)])]),v(`drawer-container`,`
 position: relative;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 pointer-events: none;
 `,[P(`> *`,`
 pointer-events: all;
 `)]),v(`drawer-mask`,`
 background-color: rgba(0, 0, 0, .3);
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[D(`invisible`,`
 background-color: rgba(0, 0, 0, 0)
 `),te({enterDuration:`0.2s`,leaveDuration:`0.2s`,enterCubicBezier:`var(--n-bezier-in)`,leaveCubicBezier:`var(--n-bezier-out)`})])]),ve=[`onClick`],ye={...w.props,show:Boolean,width:[Number,String],height:[Number,String],placement:{type:String,default:`right`},maskClosable:{type:Boolean,default:!0},showMask:{type:[Boolean,String],default:!0},to:[String,Object],displayDirective:{type:String,default:`if`},nativeScrollbar:{type:Boolean,default:!0},zIndex:Number,onMaskClick:Function,scrollbarProps:Object,contentClass:String,contentStyle:[Object,String],trapFocus:{type:Boolean,default:!0},onEsc:Function,autoFocus:{type:Boolean,default:!0},closeOnEsc:{type:Boolean,default:!0},blockScroll:{type:Boolean,default:!0},maxWidth:Number,maxHeight:Number,minWidth:Number,minHeight:Number,resizable:Boolean,defaultWidth:{type:[Number,String],default:251},defaultHeight:{type:[Number,String],default:251},onUpdateWidth:[Function,Array],onUpdateHeight:[Function,Array],"onUpdate:width":[Function,Array],"onUpdate:height":[Function,Array],"onUpdate:show":[Function,Array],onUpdateShow:[Function,Array],onAfterEnter:Function,onAfterLeave:Function,drawerStyle:[String,Object],drawerClass:String,target:null,onShow:Function,onHide:Function},be=m({name:`Drawer`,inheritAttrs:!1,props:ye,setup(t){let{mergedClsPrefixRef:n,namespaceRef:i,inlineThemeDisabled:a}=F(t),o=O(),s=w(`Drawer`,`-drawer`,_e,ne,t,n),c=e(t.defaultWidth),u=e(t.defaultHeight),d=B(f(t,`width`),c),p=B(f(t,`height`),u),m=l(()=>{let{placement:e}=t;return e===`top`||e===`bottom`?``:R(d.value)}),h=l(()=>{let{placement:e}=t;return e===`left`||e===`right`?``:R(p.value)}),g=e=>{let{onUpdateWidth:n,"onUpdate:width":r}=t;n&&b(n,e),r&&b(r,e),c.value=e},_=e=>{let{onUpdateHeight:n,"onUpdate:width":r}=t;n&&b(n,e),r&&b(r,e),u.value=e},v=l(()=>[{width:m.value,height:h.value},t.drawerStyle||``]);function y(e){let{onMaskClick:n,maskClosable:r}=t;r&&T(!1),n&&n(e)}function x(e){y(e)}let S=X();function C(e){t.onEsc?.(),t.show&&t.closeOnEsc&&J(e)&&(S.value||T(!1))}function T(e){let{onHide:n,onUpdateShow:r,"onUpdate:show":i}=t;r&&b(r,e),i&&b(i,e),n&&!e&&b(n,e)}r(K,{isMountedRef:o,mergedThemeRef:s,mergedClsPrefixRef:n,doUpdateShow:T,doUpdateHeight:_,doUpdateWidth:g});let D=l(()=>{let{common:{cubicBezierEaseInOut:e,cubicBezierEaseIn:t,cubicBezierEaseOut:n},self:{color:r,textColor:i,boxShadow:a,lineHeight:o,headerPadding:c,footerPadding:l,borderRadius:u,bodyPadding:d,titleFontSize:f,titleTextColor:p,titleFontWeight:m,headerBorderBottom:h,footerBorderTop:g,closeIconColor:_,closeIconColorHover:v,closeIconColorPressed:y,closeColorHover:b,closeColorPressed:x,closeIconSize:S,closeSize:C,closeBorderRadius:w,resizableTriggerColorHover:T}}=s.value;return{"--n-line-height":o,"--n-color":r,"--n-border-radius":u,"--n-text-color":i,"--n-box-shadow":a,"--n-bezier":e,"--n-bezier-out":n,"--n-bezier-in":t,"--n-header-padding":c,"--n-body-padding":d,"--n-footer-padding":l,"--n-title-text-color":p,"--n-title-font-size":f,"--n-title-font-weight":m,"--n-header-border-bottom":h,"--n-footer-border-top":g,"--n-close-icon-color":_,"--n-close-icon-color-hover":v,"--n-close-icon-color-pressed":y,"--n-close-size":C,"--n-close-color-hover":b,"--n-close-color-pressed":x,"--n-close-icon-size":S,"--n-close-border-radius":w,"--n-resize-trigger-color-hover":T}}),k=a?E(`drawer`,void 0,D,t):void 0;return{mergedClsPrefix:n,namespace:i,mergedBodyStyle:v,handleOutsideClick:x,handleMaskClick:y,handleEsc:C,mergedTheme:s,cssVars:a?void 0:D,themeClass:k?.themeClass,onRender:k?.onRender,isMounted:o}},render(){let{mergedClsPrefix:e}=this;return t(),s(q,{to:this.to,show:this.show},{default:()=>(this.onRender?.(),d((t(),u(`div`,{class:I([`${e}-drawer-container`,this.namespace,this.themeClass]),style:_(this.cssVars),role:`none`},[this.showMask?(t(),s(y,{key:0,name:`fade-in-transition`,appear:this.isMounted},{default:()=>this.show?(t(),u(`div`,{key:1,"aria-hidden":!0,class:I([`${e}-drawer-mask`,this.showMask===`transparent`&&`${e}-drawer-mask--invisible`]),onClick:this.handleMaskClick},null,10,ve)):null},1032,[`appear`])):S(()=>null),(t(),s(ae,h(this.$attrs,{class:[this.drawerClass,this.$attrs.class],style:[this.mergedBodyStyle,this.$attrs.style],blockScroll:this.blockScroll,contentStyle:this.contentStyle,contentClass:this.contentClass,placement:this.placement,scrollbarProps:this.scrollbarProps,show:this.show,displayDirective:this.displayDirective,nativeScrollbar:this.nativeScrollbar,onAfterEnter:this.onAfterEnter,onAfterLeave:this.onAfterLeave,trapFocus:this.trapFocus,autoFocus:this.autoFocus,resizable:this.resizable,maxHeight:this.maxHeight,minHeight:this.minHeight,maxWidth:this.maxWidth,minWidth:this.minWidth,showMask:this.showMask,onEsc:this.handleEsc,onClickoutside:this.handleOutsideClick}),j(this.$slots),1040,[`class`,`style`,`blockScroll`,`contentStyle`,`contentClass`,`placement`,`scrollbarProps`,`show`,`displayDirective`,`nativeScrollbar`,`onAfterEnter`,`onAfterLeave`,`trapFocus`,`autoFocus`,`resizable`,`maxHeight`,`minHeight`,`maxWidth`,`minWidth`,`showMask`,`onEsc`,`onClickoutside`]))],6)),[[G,{zIndex:this.zIndex,enabled:this.show}]]))},1032,[`to`,`show`])}}),xe=m({name:`DrawerContent`,props:{title:String,headerClass:String,headerStyle:[Object,String],footerClass:String,footerStyle:[Object,String],bodyClass:String,bodyStyle:[Object,String],bodyContentClass:String,bodyContentStyle:[Object,String],nativeScrollbar:{type:Boolean,default:!0},scrollbarProps:Object,closable:Boolean},slots:Object,setup(){let e=i(K,null);e||A(`drawer-content`,"`n-drawer-content` must be placed inside `n-drawer`.");let{doUpdateShow:t}=e;function n(){t(!1)}return{handleCloseClick:n,mergedTheme:e.mergedThemeRef,mergedClsPrefix:e.mergedClsPrefixRef}},render(){let{title:e,mergedClsPrefix:n,nativeScrollbar:r,mergedTheme:i,bodyClass:a,bodyStyle:o,bodyContentClass:l,bodyContentStyle:d,headerClass:f,headerStyle:m,footerClass:g,footerStyle:v,scrollbarProps:y,closable:b,$slots:x}=this;return t(),u(`div`,{role:`none`,class:I([`${n}-drawer-content`,r&&`${n}-drawer-content--native-scrollbar`])},[x.header||e||b?(t(),u(`div`,{key:0,class:I([`${n}-drawer-header`,f]),style:_(m),role:`none`},[p(`div`,{class:I(`${n}-drawer-header__main`),role:`heading`,"aria-level":`1`},[x.header===void 0?(t(),u(c,{key:1},[S(()=>e)],64)):(t(),u(c,{key:0},[S(()=>x.header())],64))],2),S(()=>b&&(t(),s(ee,{onClick:this.handleCloseClick,clsPrefix:n,class:I(`${n}-drawer-header__close`),absolute:!0},null,8,[`onClick`,`clsPrefix`,`class`])))],6)):S(()=>null),r?(t(),u(`div`,{key:2,class:I([`${n}-drawer-body`,a]),style:_(o),role:`none`},[p(`div`,{class:I([`${n}-drawer-body-content-wrapper`,l]),style:_(d),role:`none`},[S(()=>x.default?.())],6)],6)):(t(),s(z,h({key:3,themeOverrides:i.peerOverrides.Scrollbar,theme:i.peers.Scrollbar},y,{class:`${n}-drawer-body`,contentClass:[`${n}-drawer-body-content-wrapper`,l],contentStyle:d}),j(x),1040,[`themeOverrides`,`theme`,`class`,`contentClass`,`contentStyle`])),x.footer?(t(),u(`div`,{key:4,class:I([`${n}-drawer-footer`,g]),style:_(v),role:`none`},[S(()=>x.footer())],6)):S(()=>null)],2)}});export{be as n,xe as t};