import{$ as e,A as t,E as n,I as r,K as i,N as a,O as o,U as s,W as c,d as l,i as u,k as d,l as f,p,rt as m,u as h,v as g,w as _,x as v,xt as y,y as b}from"./runtime-core.esm-bundler-DolcaMW8.js";import{Dt as x,E as S,Ft as C,H as w,It as T,K as E,L as D,M as O,Mt as k,N as A,Nt as ee,Ot as j,Pt as M,R as N,T as P,V as F,W as te,b as ne,j as re,jt as I,k as ie,kt as L,v as ae,x as R,zt as oe}from"./Button-DA5Pq1uX.js";function se(e){return Object.keys(e)}function ce(e){return e.composedPath()[0]||null}function le(e){return typeof e==`string`?e.endsWith(`px`)?Number(e.slice(0,e.length-2)):Number(e):e}function ue(e){if(e!=null)return typeof e==`number`?`${e}px`:e.endsWith(`px`)?e:`${e}px`}function z(e,t){let n=e.trim().split(/\s+/g),r={top:n[0]};switch(n.length){case 1:r.right=n[0],r.bottom=n[0],r.left=n[0];break;case 2:r.right=n[1],r.left=n[1],r.bottom=n[0];break;case 3:r.right=n[1],r.bottom=n[2],r.left=n[1];break;case 4:r.right=n[1],r.bottom=n[2],r.left=n[3];break;default:throw Error(`[seemly/getMargin]:`+e+` is not a valid value.`)}return t===void 0?r:r[t]}function de(e=8){return Math.random().toString(16).slice(2,2+e)}function fe(e,t){let n=[];for(let r=0;r<e;++r)n.push(t);return n}var pe={railInsetHorizontalBottom:`auto 2px 4px 2px`,railInsetHorizontalTop:`4px 2px auto 2px`,railInsetVerticalRight:`2px 4px 2px auto`,railInsetVerticalLeft:`2px auto 2px 4px`,railColor:`transparent`};function B(e){let{scrollbarColor:t,scrollbarColorHover:n,scrollbarHeight:r,scrollbarWidth:i,scrollbarBorderRadius:a}=e;return{...pe,height:r,width:i,borderRadius:a,color:t,colorHover:n}}var me={name:`Scrollbar`,common:A,self:B};function V(e){return e.composedPath()[0]}var he={mousemoveoutside:new WeakMap,clickoutside:new WeakMap};function ge(e,t,n){if(e===`mousemoveoutside`){let e=e=>{t.contains(V(e))||n(e)};return{mousemove:e,touchstart:e}}if(e===`clickoutside`){let e=!1,r=n=>{e=!t.contains(V(n))},i=r=>{e&&(t.contains(V(r))||n(r))};return{mousedown:r,mouseup:i,touchstart:r,touchend:i}}return console.error(`[evtd/create-trap-handler]: name \`${e}\` is invalid. This could be a bug of evtd.`),{}}function _e(e,t,n){let r=he[e],i=r.get(t);i===void 0&&r.set(t,i=new WeakMap);let a=i.get(n);return a===void 0&&i.set(n,a=ge(e,t,n)),a}function ve(e,t,n,r){if(e===`mousemoveoutside`||e===`clickoutside`){let i=_e(e,t,n);return Object.keys(i).forEach(e=>{U(e,document,i[e],r)}),!0}return!1}function ye(e,t,n,r){if(e===`mousemoveoutside`||e===`clickoutside`){let i=_e(e,t,n);return Object.keys(i).forEach(e=>{W(e,document,i[e],r)}),!0}return!1}function H(){if(typeof window>`u`)return{on:()=>{},off:()=>{}};let e=new WeakMap,t=new WeakMap;function n(){e.set(this,!0)}function r(){e.set(this,!0),t.set(this,!0)}function i(e,t,n){let r=e[t];return e[t]=function(){return n.apply(e,arguments),r.apply(e,arguments)},e}function a(e,t){e[t]=Event.prototype[t]}let o=new WeakMap,s=Object.getOwnPropertyDescriptor(Event.prototype,`currentTarget`);function c(){return o.get(this)??null}function l(e,t){s!==void 0&&Object.defineProperty(e,"currentTarget",{configurable:!0,enumerable:!0,get:t??s.get})}let u={bubble:{},capture:{}},d={};function f(){let s=function(s){let{type:d,eventPhase:f,bubbles:p}=s,m=V(s);if(f===2)return;let h=f===1?`capture`:`bubble`,g=m,_=[];for(;g===null&&(g=window),_.push(g),g!==window;)g=g.parentNode||null;let v=u.capture[d],y=u.bubble[d];if(i(s,`stopPropagation`,n),i(s,`stopImmediatePropagation`,r),l(s,c),h===`capture`){if(v===void 0)return;for(let n=_.length-1;n>=0&&!e.has(s);--n){let e=_[n],r=v.get(e);if(r!==void 0){o.set(s,e);for(let e of r){if(t.has(s))break;e(s)}}if(n===0&&!p&&y!==void 0){let n=y.get(e);if(n!==void 0)for(let e of n){if(t.has(s))break;e(s)}}}}else if(h===`bubble`){if(y===void 0)return;for(let n=0;n<_.length&&!e.has(s);++n){let e=_[n],r=y.get(e);if(r!==void 0){o.set(s,e);for(let e of r){if(t.has(s))break;e(s)}}}}a(s,`stopPropagation`),a(s,`stopImmediatePropagation`),l(s)};return s.displayName=`evtdUnifiedHandler`,s}function p(){let e=function(e){let{type:t,eventPhase:n}=e;if(n!==2)return;let r=d[t];r!==void 0&&r.forEach(t=>t(e))};return e.displayName=`evtdUnifiedWindowEventHandler`,e}let m=f(),h=p();function g(e,t){let n=u[e];return n[t]===void 0&&(n[t]=new Map,window.addEventListener(t,m,e===`capture`)),n[t]}function _(e){return d[e]===void 0&&(d[e]=new Set,window.addEventListener(e,h)),d[e]}function v(e,t){let n=e.get(t);return n===void 0&&e.set(t,n=new Set),n}function y(e,t,n,r){let i=u[t][n];if(i!==void 0){let t=i.get(e);if(t!==void 0&&t.has(r))return!0}return!1}function b(e,t){let n=d[e];return!!(n!==void 0&&n.has(t))}function x(e,t,n,r){let i;if(i=typeof r==`object`&&r.once===!0?a=>{S(e,t,i,r),n(a)}:n,ve(e,t,i,r))return;let a=v(g(r===!0||typeof r==`object`&&r.capture===!0?`capture`:`bubble`,e),t);if(a.has(i)||a.add(i),t===window){let t=_(e);t.has(i)||t.add(i)}}function S(e,t,n,r){if(ye(e,t,n,r))return;let i=r===!0||typeof r==`object`&&r.capture===!0,a=i?`capture`:`bubble`,o=g(a,e),s=v(o,t);if(t===window&&!y(t,i?`bubble`:`capture`,e,n)&&b(e,n)){let t=d[e];t.delete(n),t.size===0&&(window.removeEventListener(e,h),d[e]=void 0)}s.has(n)&&s.delete(n),s.size===0&&o.delete(t),o.size===0&&(window.removeEventListener(e,m,a===`capture`),u[a][e]=void 0)}return{on:x,off:S}}var{on:U,off:W}=H();function be(e,t){return s(e,e=>{e!==void 0&&(t.value=e)}),f(()=>e.value===void 0?t.value:e.value)}var xe=(typeof window>`u`?!1:/iPad|iPhone|iPod/.test(navigator.platform)||navigator.platform===`MacIntel`&&navigator.maxTouchPoints>1)&&!window.MSStream;function Se(){return xe}var Ce=/^(\d|\.)+$/,we=/(\d|\.)+/;function Te(e,{c:t=1,offset:n=0,attachPx:r=!0}={}){if(typeof e==`number`){let r=(e+n)*t;return r===0?`0`:`${r}px`}if(typeof e==`string`){if(Ce.test(e)){let i=(Number(e)+n)*t;return r?i===0?`0`:`${i}px`:`${i}`}{let r=we.exec(e);return r?e.replace(we,String((Number(r[0])+n)*t)):e}}return e}function Ee(e){let t={isDeactivated:!1},r=!1;return n(()=>{t.isDeactivated=!1,r?e():r=!0}),d(()=>{t.isDeactivated=!0,r||=!0}),t}function De(e){let{left:t,right:n,top:r,bottom:i}=z(e);return`${r} ${t} ${i} ${n}`}var Oe=g({render(){return this.$slots.default?.()}}),{cubicBezierEaseInOut:ke}=te;function Ae({name:e=`fade-in`,enterDuration:t=`0.2s`,leaveDuration:n=`0.2s`,enterCubicBezier:r=ke,leaveCubicBezier:i=ke}={}){return[j(`&.${e}-transition-enter-active`,{transition:`all ${t} ${r}!important`}),j(`&.${e}-transition-leave-active`,{transition:`all ${n} ${i}!important`}),j(`&.${e}-transition-enter-from, &.${e}-transition-leave-to`,{opacity:0}),j(`&.${e}-transition-leave-from, &.${e}-transition-enter-to`,{opacity:1})]}var je=L(`scrollbar`,`
 overflow: hidden;
 position: relative;
 z-index: auto;
 height: 100%;
 width: 100%;
`,[j(`>`,[L(`scrollbar-container`,`
 width: 100%;
 overflow: scroll;
 height: 100%;
 min-height: inherit;
 max-height: inherit;
 scrollbar-width: none;
 `,[j(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
 width: 0;
 height: 0;
 display: none;
 `),j(`>`,[L(`scrollbar-content`,`
 box-sizing: border-box;
 min-width: 100%;
 `)])])]),j(`>, +`,[L(`scrollbar-rail`,`
 position: absolute;
 pointer-events: none;
 user-select: none;
 background: var(--n-scrollbar-rail-color);
 -webkit-user-select: none;
 `,[k(`horizontal`,`
 height: var(--n-scrollbar-height);
 `,[j(`>`,[I(`scrollbar`,`
 height: var(--n-scrollbar-height);
 border-radius: var(--n-scrollbar-border-radius);
 right: 0;
 `)])]),k(`horizontal--top`,`
 top: var(--n-scrollbar-rail-top-horizontal-top); 
 right: var(--n-scrollbar-rail-right-horizontal-top); 
 bottom: var(--n-scrollbar-rail-bottom-horizontal-top); 
 left: var(--n-scrollbar-rail-left-horizontal-top); 
 `),k(`horizontal--bottom`,`
 top: var(--n-scrollbar-rail-top-horizontal-bottom); 
 right: var(--n-scrollbar-rail-right-horizontal-bottom); 
 bottom: var(--n-scrollbar-rail-bottom-horizontal-bottom); 
 left: var(--n-scrollbar-rail-left-horizontal-bottom); 
 `),k(`vertical`,`
 width: var(--n-scrollbar-width);
 `,[j(`>`,[I(`scrollbar`,`
 width: var(--n-scrollbar-width);
 border-radius: var(--n-scrollbar-border-radius);
 bottom: 0;
 `)])]),k(`vertical--left`,`
 top: var(--n-scrollbar-rail-top-vertical-left); 
 right: var(--n-scrollbar-rail-right-vertical-left); 
 bottom: var(--n-scrollbar-rail-bottom-vertical-left); 
 left: var(--n-scrollbar-rail-left-vertical-left); 
 `),k(`vertical--right`,`
 top: var(--n-scrollbar-rail-top-vertical-right); 
 right: var(--n-scrollbar-rail-right-vertical-right); 
 bottom: var(--n-scrollbar-rail-bottom-vertical-right); 
 left: var(--n-scrollbar-rail-left-vertical-right); 
 `),k(`disabled`,[j(`>`,[I(`scrollbar`,`pointer-events: none;`)])]),j(`>`,[I(`scrollbar`,`
 z-index: 1;
 position: absolute;
 cursor: pointer;
 pointer-events: all;
 background-color: var(--n-scrollbar-color);
 transition: background-color .2s var(--n-scrollbar-bezier);
 `,[Ae(),j(`&:hover`,`background-color: var(--n-scrollbar-color-hover);`)])])])])]);function Me(e,t){console.error(`[vueuc/${e}]: ${t}`)}var G=[],Ne=function(){return G.some(function(e){return e.activeTargets.length>0})},K=function(){return G.some(function(e){return e.skippedTargets.length>0})},Pe=`ResizeObserver loop completed with undelivered notifications.`,Fe=function(){var e;typeof ErrorEvent==`function`?e=new ErrorEvent(`error`,{message:Pe}):(e=document.createEvent(`Event`),e.initEvent(`error`,!1,!1),e.message=Pe),window.dispatchEvent(e)},q;(function(e){e.BORDER_BOX=`border-box`,e.CONTENT_BOX=`content-box`,e.DEVICE_PIXEL_CONTENT_BOX=`device-pixel-content-box`})(q||={});var J=function(e){return Object.freeze(e)},Ie=function(){function e(e,t){this.inlineSize=e,this.blockSize=t,J(this)}return e}(),Y=function(){function e(e,t,n,r){return this.x=e,this.y=t,this.width=n,this.height=r,this.top=this.y,this.left=this.x,this.bottom=this.top+this.height,this.right=this.left+this.width,J(this)}return e.prototype.toJSON=function(){var e=this;return{x:e.x,y:e.y,top:e.top,right:e.right,bottom:e.bottom,left:e.left,width:e.width,height:e.height}},e.fromRect=function(t){return new e(t.x,t.y,t.width,t.height)},e}(),X=function(e){return e instanceof SVGElement&&`getBBox`in e},Le=function(e){if(X(e)){var t=e.getBBox(),n=t.width,r=t.height;return!n&&!r}var i=e,a=i.offsetWidth,o=i.offsetHeight;return!(a||o||e.getClientRects().length)},Re=function(e){if(e instanceof Element)return!0;var t=e?.ownerDocument?.defaultView;return!!(t&&e instanceof t.Element)},ze=function(e){switch(e.tagName){case`INPUT`:if(e.type!==`image`)break;case`VIDEO`:case`AUDIO`:case`EMBED`:case`OBJECT`:case`CANVAS`:case`IFRAME`:case`IMG`:return!0}return!1},Z=typeof window<`u`?window:{},Be=new WeakMap,Ve=/auto|scroll/,He=/^tb|vertical/,Ue=/msie|trident/i.test(Z.navigator&&Z.navigator.userAgent),Q=function(e){return parseFloat(e||`0`)},$=function(e,t,n){return e===void 0&&(e=0),t===void 0&&(t=0),n===void 0&&(n=!1),new Ie((n?t:e)||0,(n?e:t)||0)},We=J({devicePixelContentBoxSize:$(),borderBoxSize:$(),contentBoxSize:$(),contentRect:new Y(0,0,0,0)}),Ge=function(e,t){if(t===void 0&&(t=!1),Be.has(e)&&!t)return Be.get(e);if(Le(e))return Be.set(e,We),We;var n=getComputedStyle(e),r=X(e)&&e.ownerSVGElement&&e.getBBox(),i=!Ue&&n.boxSizing===`border-box`,a=He.test(n.writingMode||``),o=!r&&Ve.test(n.overflowY||``),s=!r&&Ve.test(n.overflowX||``),c=r?0:Q(n.paddingTop),l=r?0:Q(n.paddingRight),u=r?0:Q(n.paddingBottom),d=r?0:Q(n.paddingLeft),f=r?0:Q(n.borderTopWidth),p=r?0:Q(n.borderRightWidth),m=r?0:Q(n.borderBottomWidth),h=r?0:Q(n.borderLeftWidth),g=d+l,_=c+u,v=h+p,y=f+m,b=s?e.offsetHeight-y-e.clientHeight:0,x=o?e.offsetWidth-v-e.clientWidth:0,S=i?g+v:0,C=i?_+y:0,w=r?r.width:Q(n.width)-S-x,T=r?r.height:Q(n.height)-C-b,E=w+g+x+v,D=T+_+b+y,O=J({devicePixelContentBoxSize:$(Math.round(w*devicePixelRatio),Math.round(T*devicePixelRatio),a),borderBoxSize:$(E,D,a),contentBoxSize:$(w,T,a),contentRect:new Y(d,c,w,T)});return Be.set(e,O),O},Ke=function(e,t,n){var r=Ge(e,n),i=r.borderBoxSize,a=r.contentBoxSize,o=r.devicePixelContentBoxSize;switch(t){case q.DEVICE_PIXEL_CONTENT_BOX:return o;case q.BORDER_BOX:return i;default:return a}},qe=function(){function e(e){var t=Ge(e);this.target=e,this.contentRect=t.contentRect,this.borderBoxSize=J([t.borderBoxSize]),this.contentBoxSize=J([t.contentBoxSize]),this.devicePixelContentBoxSize=J([t.devicePixelContentBoxSize])}return e}(),Je=function(e){if(Le(e))return 1/0;for(var t=0,n=e.parentNode;n;)t+=1,n=n.parentNode;return t},Ye=function(){var e=1/0,t=[];G.forEach(function(n){if(n.activeTargets.length!==0){var r=[];n.activeTargets.forEach(function(t){var n=new qe(t.target),i=Je(t.target);r.push(n),t.lastReportedSize=Ke(t.target,t.observedBox),i<e&&(e=i)}),t.push(function(){n.callback.call(n.observer,r,n.observer)}),n.activeTargets.splice(0,n.activeTargets.length)}});for(var n=0,r=t;n<r.length;n++){var i=r[n];i()}return e},Xe=function(e){G.forEach(function(t){t.activeTargets.splice(0,t.activeTargets.length),t.skippedTargets.splice(0,t.skippedTargets.length),t.observationTargets.forEach(function(n){n.isActive()&&(Je(n.target)>e?t.activeTargets.push(n):t.skippedTargets.push(n))})})},Ze=function(){var e=0;for(Xe(e);Ne();)e=Ye(),Xe(e);return K()&&Fe(),e>0},Qe,$e=[],et=function(){return $e.splice(0).forEach(function(e){return e()})},tt=function(e){if(!Qe){var t=0,n=document.createTextNode(``);new MutationObserver(function(){return et()}).observe(n,{characterData:!0}),Qe=function(){n.textContent=`${t?t--:t++}`}}$e.push(e),Qe()},nt=function(e){tt(function(){requestAnimationFrame(e)})},rt=0,it=function(){return!!rt},at=250,ot={attributes:!0,characterData:!0,childList:!0,subtree:!0},st=[`resize`,`load`,`transitionend`,`animationend`,`animationstart`,`animationiteration`,`keyup`,`keydown`,`mouseup`,`mousedown`,`mouseover`,`mouseout`,`blur`,`focus`],ct=function(e){return e===void 0&&(e=0),Date.now()+e},lt=!1,ut=new(function(){function e(){var e=this;this.stopped=!0,this.listener=function(){return e.schedule()}}return e.prototype.run=function(e){var t=this;if(e===void 0&&(e=at),!lt){lt=!0;var n=ct(e);nt(function(){var r=!1;try{r=Ze()}finally{if(lt=!1,e=n-ct(),!it())return;r?t.run(1e3):e>0?t.run(e):t.start()}})}},e.prototype.schedule=function(){this.stop(),this.run()},e.prototype.observe=function(){var e=this,t=function(){return e.observer&&e.observer.observe(document.body,ot)};document.body?t():Z.addEventListener(`DOMContentLoaded`,t)},e.prototype.start=function(){var e=this;this.stopped&&(this.stopped=!1,this.observer=new MutationObserver(this.listener),this.observe(),st.forEach(function(t){return Z.addEventListener(t,e.listener,!0)}))},e.prototype.stop=function(){var e=this;this.stopped||=(this.observer&&this.observer.disconnect(),st.forEach(function(t){return Z.removeEventListener(t,e.listener,!0)}),!0)},e}()),dt=function(e){!rt&&e>0&&ut.start(),rt+=e,!rt&&ut.stop()},ft=function(e){return!X(e)&&!ze(e)&&getComputedStyle(e).display===`inline`},pt=function(){function e(e,t){this.target=e,this.observedBox=t||q.CONTENT_BOX,this.lastReportedSize={inlineSize:0,blockSize:0}}return e.prototype.isActive=function(){var e=Ke(this.target,this.observedBox,!0);return ft(this.target)&&(this.lastReportedSize=e),this.lastReportedSize.inlineSize!==e.inlineSize||this.lastReportedSize.blockSize!==e.blockSize},e}(),mt=function(){function e(e,t){this.activeTargets=[],this.skippedTargets=[],this.observationTargets=[],this.observer=e,this.callback=t}return e}(),ht=new WeakMap,gt=function(e,t){for(var n=0;n<e.length;n+=1)if(e[n].target===t)return n;return-1},_t=function(){function e(){}return e.connect=function(e,t){var n=new mt(e,t);ht.set(e,n)},e.observe=function(e,t,n){var r=ht.get(e),i=r.observationTargets.length===0;gt(r.observationTargets,t)<0&&(i&&G.push(r),r.observationTargets.push(new pt(t,n&&n.box)),dt(1),ut.schedule())},e.unobserve=function(e,t){var n=ht.get(e),r=gt(n.observationTargets,t),i=n.observationTargets.length===1;r>=0&&(i&&G.splice(G.indexOf(n),1),n.observationTargets.splice(r,1),dt(-1))},e.disconnect=function(e){var t=this,n=ht.get(e);n.observationTargets.slice().forEach(function(n){return t.unobserve(e,n.target)}),n.activeTargets.splice(0,n.activeTargets.length)},e}(),vt=function(){function e(e){if(arguments.length===0)throw TypeError(`Failed to construct 'ResizeObserver': 1 argument required, but only 0 present.`);if(typeof e!=`function`)throw TypeError(`Failed to construct 'ResizeObserver': The callback provided as parameter 1 is not a function.`);_t.connect(this,e)}return e.prototype.observe=function(e,t){if(arguments.length===0)throw TypeError(`Failed to execute 'observe' on 'ResizeObserver': 1 argument required, but only 0 present.`);if(!Re(e))throw TypeError(`Failed to execute 'observe' on 'ResizeObserver': parameter 1 is not of type 'Element`);_t.observe(this,e,t)},e.prototype.unobserve=function(e){if(arguments.length===0)throw TypeError(`Failed to execute 'unobserve' on 'ResizeObserver': 1 argument required, but only 0 present.`);if(!Re(e))throw TypeError(`Failed to execute 'unobserve' on 'ResizeObserver': parameter 1 is not of type 'Element`);_t.unobserve(this,e)},e.prototype.disconnect=function(){_t.disconnect(this)},e.toString=function(){return`function ResizeObserver () { [polyfill code] }`},e}(),yt=new class{constructor(){this.handleResize=this.handleResize.bind(this),this.observer=new(typeof window<`u`&&window.ResizeObserver||vt)(this.handleResize),this.elHandlersMap=new Map}handleResize(e){for(let t of e){let e=this.elHandlersMap.get(t.target);e!==void 0&&e(t)}}registerHandler(e,t){this.elHandlersMap.set(e,t),this.observer.observe(e)}unregisterHandler(e){this.elHandlersMap.has(e)&&(this.elHandlersMap.delete(e),this.observer.unobserve(e))}},bt=g({name:`ResizeObserver`,props:{onResize:Function},setup(e){let n=!1,r=b().proxy;function i(t){let{onResize:n}=e;n!==void 0&&n(t)}t(()=>{let e=r.$el;e===void 0?Me(`resize-observer`,`$el does not exist.`):e.nextElementSibling!==e.nextSibling&&e.nodeType===3&&e.nodeValue!==``?Me(`resize-observer`,`$el can not be observed (it may be a text node).`):e.nextElementSibling!==null&&(yt.registerHandler(e.nextElementSibling,i),n=!0)}),o(()=>{n&&yt.unregisterHandler(r.$el.nextElementSibling)})},render(){return r(this.$slots,`default`)}}),xt=[`onMousedown`],St=[`onScroll`,`onWheel`],Ct=[`onMousedown`],wt={...re.props,duration:{type:Number,default:0},scrollable:{type:Boolean,default:!0},xScrollable:Boolean,trigger:{type:String,default:`hover`},useUnifiedContainer:Boolean,triggerDisplayManually:Boolean,container:Function,content:Function,containerClass:String,containerStyle:[String,Object],contentClass:[String,Array],contentStyle:[String,Object],horizontalRailStyle:[String,Object],verticalRailStyle:[String,Object],onScroll:Function,onWheel:Function,onResize:Function,internalOnUpdateScrollLeft:Function,internalHoistYRail:Boolean,internalExposeWidthCssVar:Boolean,yPlacement:{type:String,default:`right`},xPlacement:{type:String,default:`bottom`}},Tt=g({name:`Scrollbar`,props:wt,inheritAttrs:!1,setup(n){let{mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedRtlRef:a}=E(n),s=ne(`Scrollbar`,a,r),l=e(null),u=e(null),d=e(null),p=e(null),m=e(null),h=e(null),g=e(null),_=e(null),v=e(null),y=e(null),b=e(null),x=e(0),S=e(0),C=e(!1),w=e(!1),T=!1,D=!1,k,A,ee=0,j=0,M=0,N=0,P=Se(),F=re(`Scrollbar`,`-scrollbar`,je,me,n,r),te=f(()=>{let{value:e}=_,{value:t}=h,{value:n}=y;return e===null||t===null||n===null?0:Math.min(e,n*e/t+le(F.value.self.width)*1.5)}),I=f(()=>`${te.value}px`),ie=f(()=>{let{value:e}=v,{value:t}=g,{value:n}=b;return e===null||t===null||n===null?0:n*e/t+le(F.value.self.height)*1.5}),L=f(()=>`${ie.value}px`),ae=f(()=>{let{value:e}=_,{value:t}=x,{value:n}=h,{value:r}=y;if(e===null||n===null||r===null)return 0;{let i=n-e;return i?t/i*(r-te.value):0}}),R=f(()=>`${ae.value}px`),oe=f(()=>{let{value:e}=v,{value:t}=S,{value:n}=g,{value:r}=b;if(e===null||n===null||r===null)return 0;{let i=n-e;return i?t/i*(r-ie.value):0}}),se=f(()=>`${oe.value}px`),ue=f(()=>{let{value:e}=_,{value:t}=h;return e!==null&&t!==null&&t>e}),de=f(()=>{let{value:e}=v,{value:t}=g;return e!==null&&t!==null&&t>e}),fe=f(()=>{let{trigger:e}=n;return e===`none`||C.value}),pe=f(()=>{let{trigger:e}=n;return e===`none`||w.value}),B=f(()=>{let{container:e}=n;return e?e():u.value}),V=f(()=>{let{content:e}=n;return e?e():d.value}),he=(e,t)=>{if(!n.scrollable)return;if(typeof e==`number`){H(e,t??0,0,!1,`auto`);return}let{left:r,top:i,index:a,elSize:o,position:s,behavior:c,el:l,debounce:u=!0}=e;(r!==void 0||i!==void 0)&&H(r??0,i??0,0,!1,c),l===void 0?a!==void 0&&o!==void 0?H(0,a*o,o,u,c):s===`bottom`?H(0,2**53-1,0,!1,c):s===`top`&&H(0,0,0,!1,c):H(0,l.offsetTop,l.offsetHeight,u,c)},ge=Ee(()=>{n.container||he({top:x.value,left:S.value})}),_e=()=>{ge.isDeactivated||K()},ve=e=>{if(ge.isDeactivated)return;let{onResize:t}=n;t&&t(e),K()},ye=(e,t)=>{if(!n.scrollable)return;let{value:r}=B;r&&(typeof e==`object`?r.scrollBy(e):r.scrollBy(e,t||0))};function H(e,t,n,r,i){let{value:a}=B;if(a){if(r){let{scrollTop:r,offsetHeight:o}=a;if(t>r){t+n<=r+o||a.scrollTo({left:e,top:t+n-o,behavior:i});return}}a.scrollTo({left:e,top:t,behavior:i})}}function be(){Oe(),ke(),K()}function xe(){Ce()}function Ce(){we(),Te()}function we(){A!==void 0&&window.clearTimeout(A),A=window.setTimeout(()=>{w.value=!1},n.duration)}function Te(){k!==void 0&&window.clearTimeout(k),k=window.setTimeout(()=>{C.value=!1},n.duration)}function Oe(){k!==void 0&&window.clearTimeout(k),C.value=!0}function ke(){A!==void 0&&window.clearTimeout(A),w.value=!0}function Ae(e){let{onScroll:t}=n;t&&t(e),Me()}function Me(){let{value:e}=B;e&&(x.value=e.scrollTop,S.value=e.scrollLeft*(s?.value?-1:1))}function G(){let{value:e}=V;e&&(h.value=e.offsetHeight,g.value=e.offsetWidth);let{value:t}=B;t&&(_.value=t.offsetHeight,v.value=t.offsetWidth);let{value:n}=m,{value:r}=p;n&&(b.value=n.offsetWidth),r&&(y.value=r.offsetHeight)}function Ne(){let{value:e}=B;e&&(x.value=e.scrollTop,S.value=e.scrollLeft*(s?.value?-1:1),_.value=e.offsetHeight,v.value=e.offsetWidth,h.value=e.scrollHeight,g.value=e.scrollWidth);let{value:t}=m,{value:n}=p;t&&(b.value=t.offsetWidth),n&&(y.value=n.offsetHeight)}function K(){n.scrollable&&(n.useUnifiedContainer?Ne():(G(),Me()))}function Pe(e){return!l.value?.contains(ce(e))}function Fe(e){e.preventDefault(),e.stopPropagation(),D=!0,U(`mousemove`,window,q,!0),U(`mouseup`,window,J,!0),j=S.value,M=s?.value?window.innerWidth-e.clientX:e.clientX}function q(e){if(!D)return;k!==void 0&&window.clearTimeout(k),A!==void 0&&window.clearTimeout(A);let{value:t}=v,{value:r}=g,{value:i}=ie;if(t===null||r===null)return;let a=(s?.value?window.innerWidth-e.clientX-M:e.clientX-M)*(r-t)/(t-i),o=r-t,c=j+a;c=Math.min(o,c),c=Math.max(c,0);let{value:l}=B;if(l){l.scrollLeft=c*(s?.value?-1:1);let{internalOnUpdateScrollLeft:e}=n;e&&e(c)}}function J(e){e.preventDefault(),e.stopPropagation(),W(`mousemove`,window,q,!0),W(`mouseup`,window,J,!0),D=!1,K(),Pe(e)&&Ce()}function Ie(e){e.preventDefault(),e.stopPropagation(),T=!0,U(`mousemove`,window,Y,!0),U(`mouseup`,window,X,!0),ee=x.value,N=e.clientY}function Y(e){if(!T)return;k!==void 0&&window.clearTimeout(k),A!==void 0&&window.clearTimeout(A);let{value:t}=_,{value:n}=h,{value:r}=te;if(t===null||n===null)return;let i=(e.clientY-N)*(n-t)/(t-r),a=n-t,o=ee+i;o=Math.min(a,o),o=Math.max(o,0);let{value:s}=B;s&&(s.scrollTop=o)}function X(e){e.preventDefault(),e.stopPropagation(),W(`mousemove`,window,Y,!0),W(`mouseup`,window,X,!0),T=!1,K(),Pe(e)&&Ce()}c(()=>{let{value:e}=de,{value:t}=ue,{value:n}=r,{value:i}=m,{value:a}=p;i&&(e?i.classList.remove(`${n}-scrollbar-rail--disabled`):i.classList.add(`${n}-scrollbar-rail--disabled`)),a&&(t?a.classList.remove(`${n}-scrollbar-rail--disabled`):a.classList.add(`${n}-scrollbar-rail--disabled`))}),t(()=>{n.container||K()}),o(()=>{k!==void 0&&window.clearTimeout(k),A!==void 0&&window.clearTimeout(A),W(`mousemove`,window,Y,!0),W(`mouseup`,window,X,!0)});let Le=f(()=>{let{common:{cubicBezierEaseInOut:e},self:{color:t,colorHover:n,height:r,width:i,borderRadius:a,railInsetHorizontalTop:o,railInsetHorizontalBottom:c,railInsetVerticalRight:l,railInsetVerticalLeft:u,railColor:d}}=F.value,{top:f,right:p,bottom:m,left:h}=z(o),{top:g,right:_,bottom:v,left:y}=z(c),{top:b,right:x,bottom:S,left:C}=z(s?.value?De(l):l),{top:w,right:T,bottom:E,left:D}=z(s?.value?De(u):u);return{"--n-scrollbar-bezier":e,"--n-scrollbar-color":t,"--n-scrollbar-color-hover":n,"--n-scrollbar-border-radius":a,"--n-scrollbar-width":i,"--n-scrollbar-height":r,"--n-scrollbar-rail-top-horizontal-top":f,"--n-scrollbar-rail-right-horizontal-top":p,"--n-scrollbar-rail-bottom-horizontal-top":m,"--n-scrollbar-rail-left-horizontal-top":h,"--n-scrollbar-rail-top-horizontal-bottom":g,"--n-scrollbar-rail-right-horizontal-bottom":_,"--n-scrollbar-rail-bottom-horizontal-bottom":v,"--n-scrollbar-rail-left-horizontal-bottom":y,"--n-scrollbar-rail-top-vertical-right":b,"--n-scrollbar-rail-right-vertical-right":x,"--n-scrollbar-rail-bottom-vertical-right":S,"--n-scrollbar-rail-left-vertical-right":C,"--n-scrollbar-rail-top-vertical-left":w,"--n-scrollbar-rail-right-vertical-left":T,"--n-scrollbar-rail-bottom-vertical-left":E,"--n-scrollbar-rail-left-vertical-left":D,"--n-scrollbar-rail-color":d}}),Re=i?O(`scrollbar`,void 0,Le,n):void 0;return{scrollTo:he,scrollBy:ye,sync:K,syncUnifiedContainer:Ne,handleMouseEnterWrapper:be,handleMouseLeaveWrapper:xe,mergedClsPrefix:r,rtlEnabled:s,containerScrollTop:x,wrapperRef:l,containerRef:u,contentRef:d,yRailRef:p,xRailRef:m,needYBar:ue,needXBar:de,yBarSizePx:I,xBarSizePx:L,yBarTopPx:R,xBarLeftPx:se,isShowXBar:fe,isShowYBar:pe,isIos:P,handleScroll:Ae,handleContentResize:_e,handleContainerResize:ve,handleYScrollMouseDown:Ie,handleXScrollMouseDown:Fe,containerWidth:v,cssVars:i?void 0:Le,themeClass:Re?.themeClass,onRender:Re?.onRender}},render(){let{$slots:e,mergedClsPrefix:t,triggerDisplayManually:n,rtlEnabled:r,internalHoistYRail:i,yPlacement:o,xPlacement:s,xScrollable:c}=this;if(!this.scrollable)return e.default?.();let d=this.trigger===`none`,f=(e,n)=>(a(),p(`div`,{ref:`yRailRef`,class:N([`${t}-scrollbar-rail`,`${t}-scrollbar-rail--vertical`,`${t}-scrollbar-rail--vertical--${o}`,e]),"data-scrollbar-rail":!0,style:y([n||``,this.verticalRailStyle]),"aria-hidden":!0},[F(()=>v(d?Oe:oe,d?null:{name:`fade-in-transition`},{default:()=>this.needYBar&&this.isShowYBar&&!this.isIos?(a(),p(`div`,{key:1,class:N(`${t}-scrollbar-rail__scrollbar`),style:y({height:this.yBarSizePx,top:this.yBarTopPx}),onMousedown:this.handleYScrollMouseDown},null,46,xt)):null}))],6)),m=()=>(this.onRender?.(),v(`div`,_(this.$attrs,{role:`none`,ref:`wrapperRef`,class:[`${t}-scrollbar`,this.themeClass,r&&`${t}-scrollbar--rtl`],style:this.cssVars,onMouseenter:n?void 0:this.handleMouseEnterWrapper,onMouseleave:n?void 0:this.handleMouseLeaveWrapper}),[this.container?e.default?.():(a(),p(`div`,{key:2,role:`none`,ref:`containerRef`,class:N([`${t}-scrollbar-container`,this.containerClass]),style:y([this.containerStyle,this.internalExposeWidthCssVar?{"--n-scrollbar-current-width":ue(this.containerWidth)}:void 0]),onScroll:this.handleScroll,onWheel:this.onWheel},[(a(),l(bt,{onResize:this.handleContentResize},{default:()=>(a(),p(`div`,{ref:`contentRef`,role:`none`,style:y([{width:this.xScrollable?`fit-content`:null},this.contentStyle]),class:N([`${t}-scrollbar-content`,this.contentClass])},[F(()=>e.default?.())],6))},1032,[`onResize`]))],46,St)),i?null:f(void 0,void 0),c&&(a(),p(`div`,{ref:`xRailRef`,class:N([`${t}-scrollbar-rail`,`${t}-scrollbar-rail--horizontal`,`${t}-scrollbar-rail--horizontal--${s}`]),style:y(this.horizontalRailStyle),"data-scrollbar-rail":!0,"aria-hidden":!0},[F(()=>v(d?Oe:oe,d?null:{name:`fade-in-transition`},{default:()=>this.needXBar&&this.isShowXBar&&!this.isIos?(a(),p(`div`,{key:3,class:N(`${t}-scrollbar-rail__scrollbar`),style:y({width:this.xBarSizePx,right:r?this.xBarLeftPx:void 0,left:r?void 0:this.xBarLeftPx}),onMousedown:this.handleXScrollMouseDown},null,46,Ct)):null}))],6))])),h=this.container?m():(a(),l(bt,{key:4,onResize:this.handleContainerResize},{default:m},1032,[`onResize`]));return i?(a(),p(u,{key:5},[F(()=>h),F(()=>f(this.themeClass,this.cssVars))],64)):h}}),Et=Tt,Dt=ae(`close`,()=>(()=>{let e=D(`6b30a2290cd08d4`);return e[0]||=h(`svg`,{viewBox:`0 0 12 12`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`,"aria-hidden":!0},[h(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[h(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[h(`path`,{d:`M2.08859116,2.2156945 L2.14644661,2.14644661 C2.32001296,1.97288026 2.58943736,1.95359511 2.7843055,2.08859116 L2.85355339,2.14644661 L6,5.293 L9.14644661,2.14644661 C9.34170876,1.95118446 9.65829124,1.95118446 9.85355339,2.14644661 C10.0488155,2.34170876 10.0488155,2.65829124 9.85355339,2.85355339 L6.707,6 L9.85355339,9.14644661 C10.0271197,9.32001296 10.0464049,9.58943736 9.91140884,9.7843055 L9.85355339,9.85355339 C9.67998704,10.0271197 9.41056264,10.0464049 9.2156945,9.91140884 L9.14644661,9.85355339 L6,6.707 L2.85355339,9.85355339 C2.65829124,10.0488155 2.34170876,10.0488155 2.14644661,9.85355339 C1.95118446,9.65829124 1.95118446,9.34170876 2.14644661,9.14644661 L5.293,6 L2.14644661,2.85355339 C1.97288026,2.67998704 1.95359511,2.41056264 2.08859116,2.2156945 L2.14644661,2.14644661 L2.08859116,2.2156945 Z`})])])],-1)})()),Ot=L(`base-close`,`
 display: flex;
 align-items: center;
 justify-content: center;
 cursor: pointer;
 background-color: transparent;
 color: var(--n-close-icon-color);
 border-radius: var(--n-close-border-radius);
 height: var(--n-close-size);
 width: var(--n-close-size);
 font-size: var(--n-close-icon-size);
 outline: none;
 border: none;
 position: relative;
 padding: 0;
`,[k(`absolute`,`
 height: var(--n-close-icon-size);
 width: var(--n-close-icon-size);
 `),j(`&::before`,`
 content: "";
 position: absolute;
 width: var(--n-close-size);
 height: var(--n-close-size);
 left: 50%;
 top: 50%;
 transform: translateY(-50%) translateX(-50%);
 transition: inherit;
 border-radius: inherit;
 `),ee(`disabled`,[j(`&:hover`,`
 color: var(--n-close-icon-color-hover);
 `),j(`&:hover::before`,`
 background-color: var(--n-close-color-hover);
 `),j(`&:focus::before`,`
 background-color: var(--n-close-color-hover);
 `),j(`&:active`,`
 color: var(--n-close-icon-color-pressed);
 `),j(`&:active::before`,`
 background-color: var(--n-close-color-pressed);
 `)]),k(`disabled`,`
 cursor: not-allowed;
 color: var(--n-close-icon-color-disabled);
 background-color: transparent;
 `),k(`round`,[j(`&::before`,`
 border-radius: 50%;
 `)])]),kt=g({name:`BaseClose`,props:{isButtonTag:{type:Boolean,default:!0},clsPrefix:{type:String,required:!0},disabled:{type:Boolean,default:void 0},focusable:{type:Boolean,default:!0},round:Boolean,onClick:Function,absolute:Boolean},setup(e){return w(`-base-close`,Ot,m(e,`clsPrefix`)),()=>{let{clsPrefix:t,disabled:n,absolute:r,round:o,isButtonTag:s}=e,c=s?`button`:`div`;return(()=>{let u=D(`b5bdc9fe09f5ae00`);return a(),l(c,{type:s?`button`:void 0,tabindex:n||!e.focusable?-1:0,"aria-disabled":n,"aria-label":`close`,role:s?void 0:`button`,disabled:n,class:N([`${t}-base-close`,r&&`${t}-base-close--absolute`,n&&`${t}-base-close--disabled`,o&&`${t}-base-close--round`]),onMousedown:u[0]||=t=>{e.focusable||t.preventDefault()},onClick:e.onClick},{default:i(()=>[(a(),l(ie,{clsPrefix:t},{default:()=>(a(),l(Dt))},1032,[`clsPrefix`]))]),_:2},1032,[`type`,`tabindex`,`aria-disabled`,`role`,`disabled`,`class`,`onClick`])})()}}}),At={paddingSmall:`12px 16px 12px`,paddingMedium:`19px 24px 20px`,paddingLarge:`23px 32px 24px`,paddingHuge:`27px 40px 28px`,titleFontSizeSmall:`16px`,titleFontSizeMedium:`18px`,titleFontSizeLarge:`18px`,titleFontSizeHuge:`18px`,closeIconSize:`18px`,closeSize:`22px`};function jt(e){let{primaryColor:t,borderRadius:n,lineHeight:r,fontSize:i,cardColor:a,textColor2:o,textColor1:s,dividerColor:c,fontWeightStrong:l,closeIconColor:u,closeIconColorHover:d,closeIconColorPressed:f,closeColorHover:p,closeColorPressed:m,modalColor:h,boxShadow1:g,popoverColor:_,actionColor:v}=e;return{...At,lineHeight:r,color:a,colorModal:h,colorPopover:_,colorTarget:t,colorEmbedded:v,colorEmbeddedModal:v,colorEmbeddedPopover:v,textColor:o,titleTextColor:s,borderColor:c,actionColor:v,titleFontWeight:l,closeColorHover:p,closeColorPressed:m,closeBorderRadius:n,closeIconColor:u,closeIconColorHover:d,closeIconColorPressed:f,fontSizeSmall:i,fontSizeMedium:i,fontSizeLarge:i,fontSizeHuge:i,boxShadow:g,borderRadius:n}}var Mt={name:`Card`,common:A,self:jt},Nt=L(`card-content`,`
 flex: 1;
 min-width: 0;
 box-sizing: border-box;
 padding: 0 var(--n-padding-left) var(--n-padding-bottom) var(--n-padding-left);
 font-size: var(--n-font-size);
`),Pt=j([L(`card`,`
 font-size: var(--n-font-size);
 line-height: var(--n-line-height);
 display: flex;
 flex-direction: column;
 width: 100%;
 box-sizing: border-box;
 position: relative;
 border-radius: var(--n-border-radius);
 background-color: var(--n-color);
 color: var(--n-text-color);
 word-break: break-word;
 transition: 
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[x({background:`var(--n-color-modal)`}),k(`hoverable`,[j(`&:hover`,`box-shadow: var(--n-box-shadow);`)]),k(`content-segmented`,[j(`>`,[L(`card-content`,`
 padding-top: var(--n-padding-bottom);
 `),I(`content-scrollbar`,[j(`>`,[L(`scrollbar-container`,[j(`>`,[L(`card-content`,`
 padding-top: var(--n-padding-bottom);
 `)])])])])])]),k(`content-soft-segmented`,[j(`>`,[L(`card-content`,`
 margin: 0 var(--n-padding-left);
 padding: var(--n-padding-bottom) 0;
 `),I(`content-scrollbar`,[j(`>`,[L(`scrollbar-container`,[j(`>`,[L(`card-content`,`
 margin: 0 var(--n-padding-left);
 padding: var(--n-padding-bottom) 0;
 `)])])])])])]),k(`footer-segmented`,[j(`>`,[I(`footer`,`
 padding-top: var(--n-padding-bottom);
 `)])]),k(`footer-soft-segmented`,[j(`>`,[I(`footer`,`
 padding: var(--n-padding-bottom) 0;
 margin: 0 var(--n-padding-left);
 `)])]),j(`>`,[L(`card-header`,`
 box-sizing: border-box;
 display: flex;
 align-items: center;
 font-size: var(--n-title-font-size);
 padding:
 var(--n-padding-top)
 var(--n-padding-left)
 var(--n-padding-bottom)
 var(--n-padding-left);
 `,[I(`main`,`
 font-weight: var(--n-title-font-weight);
 transition: color .3s var(--n-bezier);
 flex: 1;
 min-width: 0;
 color: var(--n-title-text-color);
 `),I(`extra`,`
 display: flex;
 align-items: center;
 font-size: var(--n-font-size);
 font-weight: 400;
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 `),I(`close`,`
 margin: 0 0 0 8px;
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `)]),I(`action`,`
 box-sizing: border-box;
 transition:
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 background-clip: padding-box;
 background-color: var(--n-action-color);
 `),Nt,L(`card-content`,[j(`&:first-child`,`
 padding-top: var(--n-padding-bottom);
 `)]),I(`content-scrollbar`,`
 display: flex;
 flex-direction: column;
 `,[j(`>`,[L(`scrollbar-container`,[j(`>`,[Nt])])]),j(`&:first-child >`,[L(`scrollbar-container`,[j(`>`,[L(`card-content`,`
 padding-top: var(--n-padding-bottom);
 `)])])])]),I(`footer`,`
 box-sizing: border-box;
 padding: 0 var(--n-padding-left) var(--n-padding-bottom) var(--n-padding-left);
 font-size: var(--n-font-size);
 `,[j(`&:first-child`,`
 padding-top: var(--n-padding-bottom);
 `)]),I(`action`,`
 background-color: var(--n-action-color);
 padding: var(--n-padding-bottom) var(--n-padding-left);
 border-bottom-left-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 `)]),L(`card-cover`,`
 overflow: hidden;
 width: 100%;
 border-radius: var(--n-border-radius) var(--n-border-radius) 0 0;
 `,[j(`img`,`
 display: block;
 width: 100%;
 `)]),k(`bordered`,`
 border: 1px solid var(--n-border-color);
 `,[j(`&:target`,`border-color: var(--n-color-target);`)]),k(`action-segmented`,[j(`>`,[I(`action`,[j(`&:not(:first-child)`,`
 border-top: 1px solid var(--n-border-color);
 `)])])]),k(`content-segmented, content-soft-segmented`,[j(`>`,[L(`card-content`,`
 transition: border-color 0.3s var(--n-bezier);
 `,[j(`&:not(:first-child)`,`
 border-top: 1px solid var(--n-border-color);
 `)]),I(`content-scrollbar`,`
 transition: border-color 0.3s var(--n-bezier);
 `,[j(`&:not(:first-child)`,`
 border-top: 1px solid var(--n-border-color);
 `)])])]),k(`footer-segmented, footer-soft-segmented`,[j(`>`,[I(`footer`,`
 transition: border-color 0.3s var(--n-bezier);
 `,[j(`&:not(:first-child)`,`
 border-top: 1px solid var(--n-border-color);
 `)])])]),k(`embedded`,`
 background-color: var(--n-color-embedded);
 `)]),C(L(`card`,`
 background: var(--n-color-modal);
 `,[k(`embedded`,`
 background-color: var(--n-color-embedded-modal);
 `)])),T(L(`card`,`
 background: var(--n-color-popover);
 `,[k(`embedded`,`
 background-color: var(--n-color-embedded-popover);
 `)]))]),Ft={title:[String,Function],contentClass:String,contentStyle:[Object,String],contentScrollable:Boolean,headerClass:String,headerStyle:[Object,String],headerExtraClass:String,headerExtraStyle:[Object,String],footerClass:String,footerStyle:[Object,String],embedded:Boolean,segmented:{type:[Boolean,Object],default:!1},size:String,bordered:{type:Boolean,default:!0},closable:Boolean,hoverable:Boolean,role:String,onClose:[Function,Array],tag:{type:String,default:`div`},cover:Function,content:[String,Function],footer:Function,action:Function,headerExtra:Function,closeFocusable:Boolean},It=se(Ft),Lt={...re.props,...Ft},Rt=g({name:`Card`,props:Lt,slots:Object,setup(e){let t=()=>{let{onClose:t}=e;t&&S(t)},{inlineThemeDisabled:n,mergedClsPrefixRef:r,mergedRtlRef:i,mergedComponentPropsRef:a}=E(e),o=re(`Card`,`-card`,Pt,Mt,e,r),s=ne(`Card`,i,r),c=f(()=>e.size||a?.value?.Card?.size||`medium`),l=f(()=>{let e=c.value,{self:{color:t,colorModal:n,colorTarget:r,textColor:i,titleTextColor:a,titleFontWeight:s,borderColor:l,actionColor:u,borderRadius:d,lineHeight:f,closeIconColor:p,closeIconColorHover:m,closeIconColorPressed:h,closeColorHover:g,closeColorPressed:_,closeBorderRadius:v,closeIconSize:y,closeSize:b,boxShadow:x,colorPopover:S,colorEmbedded:C,colorEmbeddedModal:w,colorEmbeddedPopover:T,[M(`padding`,e)]:E,[M(`fontSize`,e)]:D,[M(`titleFontSize`,e)]:O},common:{cubicBezierEaseInOut:k}}=o.value,{top:A,left:ee,bottom:j}=z(E);return{"--n-bezier":k,"--n-border-radius":d,"--n-color":t,"--n-color-modal":n,"--n-color-popover":S,"--n-color-embedded":C,"--n-color-embedded-modal":w,"--n-color-embedded-popover":T,"--n-color-target":r,"--n-text-color":i,"--n-line-height":f,"--n-action-color":u,"--n-title-text-color":a,"--n-title-font-weight":s,"--n-close-icon-color":p,"--n-close-icon-color-hover":m,"--n-close-icon-color-pressed":h,"--n-close-color-hover":g,"--n-close-color-pressed":_,"--n-border-color":l,"--n-box-shadow":x,"--n-padding-top":A,"--n-padding-bottom":j,"--n-padding-left":ee,"--n-font-size":D,"--n-title-font-size":O,"--n-close-size":b,"--n-close-icon-size":y,"--n-close-border-radius":v}}),u=n?O(`card`,f(()=>c.value[0]),l,e):void 0;return{rtlEnabled:s,mergedClsPrefix:r,mergedTheme:o,handleCloseClick:t,cssVars:n?void 0:l,themeClass:u?.themeClass,onRender:u?.onRender}},render(){let{segmented:e,bordered:t,hoverable:n,mergedClsPrefix:r,rtlEnabled:o,onRender:s,embedded:c,tag:u,$slots:d}=this;return s?.(),a(),l(u,{class:N([`${r}-card`,this.themeClass,c&&`${r}-card--embedded`,{[`${r}-card--rtl`]:o,[`${r}-card--content-scrollable`]:this.contentScrollable,[`${r}-card--content${typeof e!=`boolean`&&e.content===`soft`?`-soft`:``}-segmented`]:e===!0||e!==!1&&e.content,[`${r}-card--footer${typeof e!=`boolean`&&e.footer===`soft`?`-soft`:``}-segmented`]:e===!0||e!==!1&&e.footer,[`${r}-card--action-segmented`]:e===!0||e!==!1&&e.action,[`${r}-card--bordered`]:t,[`${r}-card--hoverable`]:n}]),style:y(this.cssVars),role:this.role},{default:i(()=>[F(()=>P(d.cover,e=>{let t=this.cover?R([this.cover()]):e;return t&&(a(),p(`div`,{class:N(`${r}-card-cover`),role:`none`},[F(()=>t)],2))})),F(()=>P(d.header,e=>{let{title:t}=this,n=t?R(typeof t==`function`?[t()]:[t]):e;return n||this.closable?(a(),p(`div`,{key:1,class:N([`${r}-card-header`,this.headerClass]),style:y(this.headerStyle),role:`heading`},[h(`div`,{class:N(`${r}-card-header__main`),role:`heading`},[F(()=>n)],2),F(()=>P(d[`header-extra`],e=>{let t=this.headerExtra?R([this.headerExtra()]):e;return t&&(a(),p(`div`,{class:N([`${r}-card-header__extra`,this.headerExtraClass]),style:y(this.headerExtraStyle)},[F(()=>t)],6))})),F(()=>this.closable&&(a(),l(kt,{clsPrefix:r,class:N(`${r}-card-header__close`),onClick:this.handleCloseClick,focusable:this.closeFocusable,absolute:!0},null,8,[`clsPrefix`,`class`,`onClick`,`focusable`])))],6)):null})),F(()=>P(d.default,e=>{let{content:t}=this,n=t?R(typeof t==`function`?[t()]:[t]):e;return n?this.contentScrollable?(a(),l(Tt,{key:2,class:N(`${r}-card__content-scrollbar`),contentClass:[`${r}-card-content`,this.contentClass],contentStyle:this.contentStyle},{default:()=>n},1032,[`class`,`contentClass`,`contentStyle`])):(a(),p(`div`,{key:3,class:N([`${r}-card-content`,this.contentClass]),style:y(this.contentStyle),role:`none`},[F(()=>n)],6)):null})),F(()=>P(d.footer,e=>{let t=this.footer?R([this.footer()]):e;return t&&(a(),p(`div`,{class:N([`${r}-card__footer`,this.footerClass]),style:y(this.footerStyle),role:`none`},[F(()=>t)],6))})),F(()=>P(d.action,e=>{let t=this.action?R([this.action()]):e;return t&&(a(),p(`div`,{class:N(`${r}-card__action`),role:`none`},[F(()=>t)],2))}))]),_:2},1032,[`class`,`style`,`role`])}}),zt=class extends Error{status;retryAfter;detail;constructor(e,t,n=null,r=null){super(t),this.status=e,this.retryAfter=n,this.detail=r}get stale(){return this.status===409&&/stale|meanwhile|revision/i.test(this.message)}get fieldErrors(){let e={};if(this.status!==422||!Array.isArray(this.detail))return e;for(let t of this.detail){if(!t||typeof t!=`object`||!(`loc`in t)||!Array.isArray(t.loc))continue;let n=t.loc.filter(e=>e!==`body`).map(String),r=String(t.msg??`Invalid value`).replace(/^Value error, /,``);if(!n.length)continue;let i=n.join(`.`);e[i]??=r,e[n[n.length-1]]??=r,e[n[0]]??=r}return e}},Bt=null,Vt=()=>{};function Ht(e){Bt=e}function Ut(e){Vt=e}function Wt(e,t){if(!t)return e;let n=new URLSearchParams;for(let[e,r]of Object.entries(t))r!=null&&r!==``&&n.set(e,String(r));let r=n.toString();return r?`${e}?${r}`:e}function Gt(e,t){if(e&&typeof e==`object`&&`detail`in e){let t=e.detail;return typeof t==`string`?t:Array.isArray(t)?t.map(e=>{if(!e||typeof e!=`object`||!(`msg`in e))return String(e);let t=Array.isArray(e.loc)?e.loc.filter(e=>e!==`body`).join(`.`):``,n=String(e.msg).replace(/^Value error, /,``);return t?`${t}: ${n}`:n}).join(`; `):JSON.stringify(t)}return t}async function Kt(e,t={}){let n=t.method??`GET`,r={Accept:`application/json`};t.body!==void 0&&(r[`Content-Type`]=`application/json`),n!==`GET`&&n!==`HEAD`&&Bt&&(r[`X-CSRF-Token`]=Bt),t.ifMatch!==void 0&&t.ifMatch!==null&&(r[`If-Match`]=String(t.ifMatch));let i;try{i=await fetch(Wt(e,t.query),{method:n,headers:r,body:t.form??(t.body===void 0?void 0:JSON.stringify(t.body)),credentials:`same-origin`,signal:t.signal})}catch(e){throw e instanceof DOMException&&e.name===`AbortError`?e:new zt(0,`The admin API cannot be reached`)}let a=await i.text(),o=null;if(a)try{o=JSON.parse(a)}catch{o=null}if(!i.ok){i.status===401&&!t.quiet401&&Vt();let e=i.status===404?`Not available on this server yet (404)`:`${i.status} ${i.statusText}`,n=o&&typeof o==`object`&&`detail`in o?o.detail:null;throw new zt(i.status,Gt(o,e),i.headers.get(`Retry-After`),n)}return o}function qt(){return Kt(`/api/me`,{quiet401:!0})}function Jt(e,t){return Kt(`/api/auth/login`,{method:`POST`,body:{username:e,password:t},quiet401:!0})}function Yt(){return Kt(`/api/auth/logout`,{method:`POST`,quiet401:!0})}function Xt(e,t,n={}){return Wt(`/api/export`,{kind:e,format:t,...n})}export{ce as A,U as C,le as D,fe as E,z as O,W as S,de as T,yt as _,Jt as a,Te as b,Ut as c,Ft as d,Mt as f,bt as g,Et as h,qt as i,se as j,ue as k,Rt as l,Tt as m,Kt as n,Yt as o,kt as p,Xt as r,Ht as s,zt as t,It as u,Ae as v,me as w,be as x,Oe as y};