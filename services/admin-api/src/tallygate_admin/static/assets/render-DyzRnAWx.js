import{A as e,E as t,K as n,N as r,O as i,P as a,Q as o,S as s,T as c,U as l,W as u,d,g as f,i as p,j as m,k as h,l as g,nt as _,p as v,q as y,u as b,v as x,w as S,x as C,yt as w}from"./runtime-core.esm-bundler-wPbiH5qB.js";import{A as T,At as E,B as D,C as O,D as k,Dt as A,E as j,Et as M,F as N,G as P,H as F,I,J as L,K as R,L as z,Lt as B,M as V,Mt as H,N as U,Nt as ee,O as W,P as G,Pt as K,R as q,T as J,V as te,W as ne,X as re,b as Y,f as ie,i as ae,j as X,jt as oe,k as Z,kt as Q,l as se,q as ce,s as le,t as ue,u as de,zt as fe}from"./Button-BwbACcSz.js";import{t as pe}from"./use-locale-CcDS1Aw2.js";import{b as me,h as he,p as ge,v as _e,y as ve}from"./DataState-ZJossTmU.js";import{i as ye,n as be,r as xe,t as Se}from"./Input-DNQA6GAl.js";import{$ as Ce,B as we,D as Te,E as Ee,F as De,G as Oe,H as ke,K as Ae,L as je,N as Me,O as Ne,P as Pe,R as Fe,S as Ie,St as Le,U as Re,X as ze,Y as Be,Z as Ve,_ as He,_t as $,b as Ue,bt as We,dt as Ge,ft as Ke,g as qe,gt as Je,ht as Ye,it as Xe,j as Ze,k as Qe,lt as $e,m as et,mt as tt,nt,pt as rt,q as it,rt as at,tt as ot,ut as st,v as ct,vt as lt,w as ut,xt as dt,y as ft,yt as pt,z as mt}from"./index-Vn1Yw5C5.js";function ht(e,t){if(!e)return;let n=document.createElement(`a`);n.href=e,t!==void 0&&(n.download=t),document.body.appendChild(n),n.click(),document.body.removeChild(n)}var gt={height:`calc(var(--n-option-height) * 7.6)`,paddingTiny:`4px 0`,paddingSmall:`4px 0`,paddingMedium:`4px 0`,paddingLarge:`4px 0`,paddingHuge:`4px 0`,optionPaddingTiny:`0 12px`,optionPaddingSmall:`0 12px`,optionPaddingMedium:`0 12px`,optionPaddingLarge:`0 12px`,optionPaddingHuge:`0 12px`,loadingSize:`18px`};function _t(e){let{borderRadius:t,popoverColor:n,textColor3:r,dividerColor:i,textColor2:a,primaryColorPressed:o,textColorDisabled:s,primaryColor:c,opacityDisabled:l,hoverColor:u,fontSizeTiny:d,fontSizeSmall:f,fontSizeMedium:p,fontSizeLarge:m,fontSizeHuge:h,heightTiny:g,heightSmall:_,heightMedium:v,heightLarge:y,heightHuge:b}=e;return{...gt,optionFontSizeTiny:d,optionFontSizeSmall:f,optionFontSizeMedium:p,optionFontSizeLarge:m,optionFontSizeHuge:h,optionHeightTiny:g,optionHeightSmall:_,optionHeightMedium:v,optionHeightLarge:y,optionHeightHuge:b,borderRadius:t,color:n,groupHeaderTextColor:r,actionDividerColor:i,optionTextColor:a,optionTextColorPressed:o,optionTextColorDisabled:s,optionTextColorActive:c,optionOpacityDisabled:l,optionCheckColor:c,optionColorPending:u,optionColorActive:`rgba(0, 0, 0, 0)`,optionColorActivePending:u,actionTextColor:a,loadingColor:c}}var vt=T({name:`InternalSelectMenu`,common:U,peers:{Scrollbar:Ke,Empty:me},self:_t});function yt(e){return e&-e}var bt=class{constructor(e,t){this.l=e,this.min=t;let n=Array(e+1);for(let t=0;t<e+1;++t)n[t]=0;this.ft=n}add(e,t){if(t===0)return;let{l:n,ft:r}=this;for(e+=1;e<=n;)r[e]+=t,e+=yt(e)}get(e){return this.sum(e+1)-this.sum(e)}sum(e){if(e===void 0&&(e=this.l),e<=0)return 0;let{ft:t,min:n,l:r}=this;if(e>r)throw Error("[FinweckTree.sum]: `i` is larger than length.");let i=e*n;for(;e>0;)i+=t[e],e-=yt(e);return i}getBound(e){let t=0,n=this.l;for(;n>t;){let r=Math.floor((t+n)/2),i=this.sum(r);if(i>e)n=r;else if(i<e){if(t===r)return this.sum(t+1)<=e?t+1:r;t=r}else return r}return t}},xt;function St(){return typeof document>`u`?!1:(xt===void 0&&(xt=`matchMedia`in window&&window.matchMedia(`(pointer:coarse)`).matches),xt)}var Ct;function wt(){return typeof document>`u`?1:(Ct===void 0&&(Ct=`chrome`in window?window.devicePixelRatio:1),Ct)}var Tt=`VVirtualListXScroll`;function Et({columnsRef:e,renderColRef:t,renderItemWithColsRef:n}){let r=o(0),i=o(0),s=g(()=>{let t=e.value;if(t.length===0)return null;let n=new bt(t.length,0);return t.forEach((e,t)=>{n.add(t,e.width)}),n}),c=W(()=>{let e=s.value;return e===null?0:Math.max(e.getBound(i.value)-1,0)}),l=e=>{let t=s.value;return t===null?0:t.sum(e)},u=W(()=>{let t=s.value;return t===null?0:Math.min(t.getBound(i.value+r.value)+1,e.value.length-1)});return a(Tt,{startIndexRef:c,endIndexRef:u,columnsRef:e,renderColRef:t,renderItemWithColsRef:n,getLeft:l}),{listWidthRef:r,scrollLeftRef:i}}var Dt=x({name:`VirtualListRow`,props:{index:{type:Number,required:!0},item:{type:Object,required:!0}},setup(){let{startIndexRef:e,endIndexRef:t,columnsRef:n,getLeft:r,renderColRef:i,renderItemWithColsRef:a}=s(Tt);return{startIndex:e,endIndex:t,columns:n,renderCol:i,renderItemWithCols:a,getLeft:r}},render(){let{startIndex:e,endIndex:t,columns:n,renderCol:r,renderItemWithCols:i,getLeft:a,item:o}=this;if(i!=null)return i({itemIndex:this.index,startColIndex:e,endColIndex:t,allColumns:n,item:o,getLeft:a});if(r!=null){let i=[];for(let s=e;s<=t;++s){let e=n[s];i.push(r({column:e,left:a(s),item:o}))}return i}return null}}),Ot=ke(`.v-vl`,{maxHeight:`inherit`,height:`100%`,overflow:`auto`,minWidth:`1px`},[ke(`&:not(.v-vl--show-scrollbar)`,{scrollbarWidth:`none`},[ke(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,{width:0,height:0,display:`none`})])]),kt=x({name:`VirtualList`,inheritAttrs:!1,props:{showScrollbar:{type:Boolean,default:!0},columns:{type:Array,default:()=>[]},renderCol:Function,renderItemWithCols:Function,items:{type:Array,default:()=>[]},itemSize:{type:Number,required:!0},itemResizable:Boolean,itemsStyle:[String,Object],visibleItemsTag:{type:[String,Object],default:`div`},visibleItemsProps:Object,ignoreItemResize:Boolean,onScroll:Function,onWheel:Function,onResize:Function,defaultScrollKey:[Number,String],defaultScrollIndex:Number,keyField:{type:String,default:`key`},paddingTop:{type:[Number,String],default:0},paddingBottom:{type:[Number,String],default:0}},setup(n){let r=F();Ot.mount({id:`vueuc/virtual-list`,head:!0,anchorMetaName:Re,ssr:r}),e(()=>{let{defaultScrollIndex:e,defaultScrollKey:t}=n;e==null?t!=null&&S({key:t}):S({index:e})});let i=!1,a=!1;t(()=>{i=!1,a?S({top:y.value,left:l.value}):a=!0}),h(()=>{i=!0,a||=!0});let s=W(()=>{if(n.renderCol==null&&n.renderItemWithCols==null||n.columns.length===0)return;let e=0;return n.columns.forEach(t=>{e+=t.width}),e}),c=g(()=>{let e=new Map,{keyField:t}=n;return n.items.forEach((n,r)=>{e.set(n[t],r)}),e}),{scrollLeftRef:l,listWidthRef:u}=Et({columnsRef:_(n,`columns`),renderColRef:_(n,`renderCol`),renderItemWithColsRef:_(n,`renderItemWithCols`)}),d=o(null),f=o(void 0),p=new Map,m=g(()=>{let{items:e,itemSize:t,keyField:r}=n,i=new bt(e.length,t);return e.forEach((e,t)=>{let n=e[r],a=p.get(n);a!==void 0&&i.add(t,a)}),i}),v=o(0),y=o(0),b=W(()=>Math.max(m.value.getBound(y.value-Ye(n.paddingTop))-1,0)),x=g(()=>{let{value:e}=f;if(e===void 0)return[];let{items:t,itemSize:r}=n,i=b.value,a=Math.min(i+Math.ceil(e/r+1),t.length-1),o=[];for(let e=i;e<=a;++e)o.push(t[e]);return o}),S=(e,t)=>{if(typeof e==`number`){E(e,t,`auto`);return}let{left:n,top:r,index:i,key:a,position:o,behavior:s,debounce:l=!0}=e;if(n!==void 0||r!==void 0)E(n,r,s);else if(i!==void 0)T(i,s,l);else if(a!==void 0){let e=c.value.get(a);e!==void 0&&T(e,s,l)}else o===`bottom`?E(0,2**53-1,s):o===`top`&&E(0,0,s)},C,w=null;function T(e,t,r){let i=d.value;if(i==null)return;let{value:a}=m,o=a.sum(e)+Ye(n.paddingTop);if(!r)i.scrollTo({left:0,top:o,behavior:t});else{C=e,w!==null&&window.clearTimeout(w),w=window.setTimeout(()=>{C=void 0,w=null},16);let{scrollTop:n,offsetHeight:r}=i;if(o>n){let s=a.get(e);o+s<=n+r||i.scrollTo({left:0,top:o+s-r,behavior:t})}else i.scrollTo({left:0,top:o,behavior:t})}}function E(e,t,n){d.value?.scrollTo({left:e,top:t,behavior:n})}function D(e,t){if(i||n.ignoreItemResize||P(t.target))return;let{value:r}=m,a=c.value.get(e),o=r.get(a),s=t.borderBoxSize?.[0]?.blockSize??t.contentRect.height;if(s===o)return;s-n.itemSize===0?p.delete(e):p.set(e,s-n.itemSize);let l=s-o;if(l===0)return;r.add(a,l);let u=d.value;if(u!=null){if(C===void 0){let e=r.sum(a);u.scrollTop>e&&u.scrollBy(0,l)}else(a<C||a===C&&s+r.sum(a)>u.scrollTop+u.offsetHeight)&&u.scrollBy(0,l);N()}v.value++}let O=!St(),k=!1;function A(e){var t;(t=n.onScroll)==null||t.call(n,e),O&&k||N()}function j(e){var t;if((t=n.onWheel)==null||t.call(n,e),O){let t=d.value;if(t!=null){if(e.deltaX===0&&(t.scrollTop===0&&e.deltaY<=0||t.scrollTop+t.offsetHeight>=t.scrollHeight&&e.deltaY>=0))return;e.preventDefault(),t.scrollTop+=e.deltaY/wt(),t.scrollLeft+=e.deltaX/wt(),N(),k=!0,We(()=>{k=!1})}}}function M(e){if(i||P(e.target))return;if(n.renderCol==null&&n.renderItemWithCols==null){if(e.contentRect.height===f.value)return}else if(e.contentRect.height===f.value&&e.contentRect.width===u.value)return;f.value=e.contentRect.height,u.value=e.contentRect.width;let{onResize:t}=n;t!==void 0&&t(e)}function N(){let{value:e}=d;e!=null&&(y.value=e.scrollTop,l.value=e.scrollLeft)}function P(e){let t=e;for(;t!==null;){if(t.style.display===`none`)return!0;t=t.parentElement}return!1}return{listHeight:f,listStyle:{overflow:`auto`},keyToIndex:c,itemsStyle:g(()=>{let{itemResizable:e}=n,t=$(m.value.sum());return v.value,[n.itemsStyle,{boxSizing:`content-box`,width:$(s.value),height:e?``:t,minHeight:e?t:``,paddingTop:$(n.paddingTop),paddingBottom:$(n.paddingBottom)}]}),visibleItemsStyle:g(()=>(v.value,{transform:`translateY(${$(m.value.sum(b.value))})`})),viewportItems:x,listElRef:d,itemsElRef:o(null),scrollTo:S,handleListResize:M,handleListScroll:A,handleListWheel:j,handleItemResize:D}},render(){let{itemResizable:e,keyField:t,keyToIndex:n,visibleItemsTag:r}=this;return C(Fe,{onResize:this.handleListResize},{default:()=>{var i;return C(`div`,S(this.$attrs,{class:[`v-vl`,this.showScrollbar&&`v-vl--show-scrollbar`],onScroll:this.handleListScroll,onWheel:this.handleListWheel,ref:`listElRef`}),[this.items.length===0?(i=this.$slots).empty?.call(i):C(`div`,{ref:`itemsElRef`,class:`v-vl-items`,style:this.itemsStyle},[C(r,Object.assign({class:`v-vl-visible-items`,style:this.visibleItemsStyle},this.visibleItemsProps),{default:()=>{let{renderCol:r,renderItemWithCols:i}=this;return this.viewportItems.map(a=>{let o=a[t],s=n.get(o),c=r==null?void 0:C(Dt,{index:s,item:a}),l=i==null?void 0:C(Dt,{index:s,item:a}),u=this.$slots.default({item:a,renderedCols:c,renderedItemWithCols:l,index:s})[0];return e?C(Fe,{key:o,onResize:e=>this.handleItemResize(o,e)},{default:()=>u}):(u.key=o,u)})}})])])}})}}),At={paddingSingle:`0 26px 0 12px`,paddingMultiple:`3px 26px 0 12px`,clearSize:`16px`,arrowSize:`16px`};function jt(e){switch(typeof e){case`string`:return e||void 0;case`number`:return String(e);default:return}}function Mt(t,n){n&&(e(()=>{let{value:e}=t;e&&mt.registerHandler(e,n)}),l(t,(e,t)=>{t&&mt.unregisterHandler(t)},{deep:!1}),i(()=>{let{value:e}=t;e&&mt.unregisterHandler(e)}))}var Nt=x({props:{onFocus:Function,onBlur:Function},setup(e){return()=>(()=>{let t=I(`d16ead82505dc285`);return r(),v(`div`,{style:`width: 0; height: 0`,tabindex:0,onFocus:t[0]||=t=>e.onFocus?.(t),onBlur:t[1]||=t=>e.onBlur?.(t)},null,32)})()}}),Pt=x({name:`NBaseSelectGroupHeader`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(){let{renderLabelRef:e,renderOptionRef:t,labelFieldRef:n,nodePropsRef:r}=s(st);return{labelField:n,nodeProps:r,renderLabel:e,renderOption:t}},render(){let{clsPrefix:e,renderLabel:t,renderOption:n,nodeProps:i,tmNode:{rawNode:a}}=this,o=i?.(a),s=t?t(a,!1):Qe(a[this.labelField],a,!1),c=(r(),v(`div`,S(o,{class:[`${e}-base-select-group-header`,o?.class]}),[D(()=>s)],16));return a.render?a.render({node:c,option:a}):n?n({node:c,option:a,selected:!1}):c}});function Ft(e){let t=e.filter(e=>e!==void 0);if(t.length!==0)return t.length===1?t[0]:t=>{e.forEach(e=>{e&&e(t)})}}var It=x({name:`Checkmark`,render(){return(()=>{let e=I(`3c84eac8ae4e1f96`);return e[0]||=b(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 16 16`},[b(`g`,{fill:`none`},[b(`path`,{d:`M14.046 3.486a.75.75 0 0 1-.032 1.06l-7.93 7.474a.85.85 0 0 1-1.188-.022l-2.68-2.72a.75.75 0 1 1 1.068-1.053l2.234 2.267l7.468-7.038a.75.75 0 0 1 1.06.032z`,fill:`currentColor`})])],-1)})()}}),Lt=[`onClick`,`onMouseenter`,`onMousemove`];function Rt(e,t){return r(),d(B,{name:`fade-in-scale-up-transition`},{default:()=>e?(r(),d(Z,{key:1,clsPrefix:t,class:z(`${t}-base-select-option__check`)},{default:()=>C(It)},1032,[`clsPrefix`,`class`])):null},1024)}var zt=x({name:`NBaseSelectOption`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(e){let{valueRef:t,pendingTmNodeRef:n,multipleRef:r,valueSetRef:i,renderLabelRef:a,renderOptionRef:o,labelFieldRef:c,valueFieldRef:l,showCheckmarkRef:u,nodePropsRef:d,handleOptionClick:f,handleOptionMouseEnter:p}=s(st),m=W(()=>{let{value:t}=n;return t?e.tmNode.key===t.key:!1});function h(t){let{tmNode:n}=e;n.disabled||f(t,n)}function g(t){let{tmNode:n}=e;n.disabled||p(t,n)}function _(t){let{tmNode:n}=e,{value:r}=m;n.disabled||r||p(t,n)}return{multiple:r,isGrouped:W(()=>{let{tmNode:t}=e,{parent:n}=t;return n&&n.rawNode.type===`group`}),showCheckmark:u,nodeProps:d,isPending:m,isSelected:W(()=>{let{value:n}=t,{value:a}=r;if(n===null)return!1;let o=e.tmNode.rawNode[l.value];if(a){let{value:e}=i;return e.has(o)}return n===o}),labelField:c,renderLabel:a,renderOption:o,handleMouseMove:_,handleMouseEnter:g,handleClick:h}},render(){let{clsPrefix:e,tmNode:{rawNode:t},isSelected:n,isPending:i,isGrouped:a,showCheckmark:o,nodeProps:s,renderOption:c,renderLabel:l,handleClick:u,handleMouseEnter:d,handleMouseMove:f}=this,p=Rt(n,e),m=l?[l(t,n),o&&p]:[Qe(t[this.labelField],t,n),o&&p],h=s?.(t),g=(r(),v(`div`,S(h,{class:[`${e}-base-select-option`,t.class,h?.class,{[`${e}-base-select-option--disabled`]:t.disabled,[`${e}-base-select-option--selected`]:n,[`${e}-base-select-option--grouped`]:a,[`${e}-base-select-option--pending`]:i,[`${e}-base-select-option--show-checkmark`]:o}],style:[h?.style||``,t.style||``],onClick:Ft([u,h?.onClick]),onMouseenter:Ft([d,h?.onMouseenter]),onMousemove:Ft([f,h?.onMousemove])}),[b(`div`,{class:z(`${e}-base-select-option__content`)},[D(()=>m)],2)],16,Lt));return t.render?t.render({node:g,option:t,selected:n}):c?c({node:g,option:t,selected:n}):g}}),Bt=A(`base-select-menu`,`
 line-height: 1.5;
 outline: none;
 z-index: 0;
 position: relative;
 border-radius: var(--n-border-radius);
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 background-color: var(--n-color);
`,[A(`scrollbar`,`
 max-height: var(--n-height);
 `),A(`virtual-list`,`
 max-height: var(--n-height);
 `),A(`base-select-option`,`
 min-height: var(--n-option-height);
 font-size: var(--n-option-font-size);
 display: flex;
 align-items: center;
 `,[Q(`content`,`
 z-index: 1;
 white-space: nowrap;
 text-overflow: ellipsis;
 overflow: hidden;
 `)]),A(`base-select-group-header`,`
 min-height: var(--n-option-height);
 font-size: .93em;
 display: flex;
 align-items: center;
 `),A(`base-select-menu-option-wrapper`,`
 position: relative;
 width: 100%;
 `),Q(`loading, empty`,`
 display: flex;
 padding: 12px 32px;
 flex: 1;
 justify-content: center;
 `),Q(`loading`,`
 color: var(--n-loading-color);
 font-size: var(--n-loading-size);
 `),Q(`header`,`
 padding: 8px var(--n-option-padding-left);
 font-size: var(--n-option-font-size);
 transition: 
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 border-bottom: 1px solid var(--n-action-divider-color);
 color: var(--n-action-text-color);
 `),Q(`action`,`
 padding: 8px var(--n-option-padding-left);
 font-size: var(--n-option-font-size);
 transition: 
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 border-top: 1px solid var(--n-action-divider-color);
 color: var(--n-action-text-color);
 `),A(`base-select-group-header`,`
 position: relative;
 cursor: default;
 padding: var(--n-option-padding);
 color: var(--n-group-header-text-color);
 `),A(`base-select-option`,`
 cursor: pointer;
 position: relative;
 padding: var(--n-option-padding);
 transition:
 color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 box-sizing: border-box;
 color: var(--n-option-text-color);
 opacity: 1;
 `,[E(`show-checkmark`,`
 padding-right: calc(var(--n-option-padding-right) + 20px);
 `),M(`&::before`,`
 content: "";
 position: absolute;
 left: 4px;
 right: 4px;
 top: 0;
 bottom: 0;
 border-radius: var(--n-border-radius);
 transition: background-color .3s var(--n-bezier);
 `),M(`&:active`,`
 color: var(--n-option-text-color-pressed);
 `),E(`grouped`,`
 padding-left: calc(var(--n-option-padding-left) * 1.5);
 `),E(`pending`,[M(`&::before`,`
 background-color: var(--n-option-color-pending);
 `)]),E(`selected`,`
 color: var(--n-option-text-color-active);
 `,[M(`&::before`,`
 background-color: var(--n-option-color-active);
 `),E(`pending`,[M(`&::before`,`
 background-color: var(--n-option-color-active-pending);
 `)])]),E(`disabled`,`
 cursor: not-allowed;
 `,[oe(`selected`,`
 color: var(--n-option-text-color-disabled);
 `),E(`selected`,`
 opacity: var(--n-option-opacity-disabled);
 `)]),Q(`check`,`
 font-size: 16px;
 position: absolute;
 right: calc(var(--n-option-padding-right) - 4px);
 top: calc(50% - 7px);
 color: var(--n-option-check-color);
 transition: color .3s var(--n-bezier);
 `,[Ne({enterScale:`0.5`})])])]),Vt=[`tabindex`,`onFocusin`,`onFocusout`,`onKeyup`,`onKeydown`,`onMousedown`,`onMouseenter`,`onMouseleave`],Ht=x({name:`InternalSelectMenu`,props:{...X.props,clsPrefix:{type:String,required:!0},scrollable:{type:Boolean,default:!0},treeMate:{type:Object,required:!0},multiple:Boolean,size:{type:String,default:`medium`},value:{type:[String,Number,Array],default:null},autoPending:Boolean,virtualScroll:{type:Boolean,default:!0},show:{type:Boolean,default:!0},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},loading:Boolean,focusable:Boolean,renderLabel:Function,renderOption:Function,nodeProps:Function,showCheckmark:{type:Boolean,default:!0},onMousedown:Function,onScroll:Function,onFocus:Function,onBlur:Function,onKeyup:Function,onKeydown:Function,onTabOut:Function,onMouseenter:Function,onMouseleave:Function,onResize:Function,resetMenuOnOptionsChange:{type:Boolean,default:!0},inlineThemeDisabled:Boolean,scrollbarProps:Object,onToggle:Function},setup(t){let{mergedClsPrefixRef:n,mergedRtlRef:r,mergedComponentPropsRef:s}=P(t),u=Y(`InternalSelectMenu`,r,n),d=X(`InternalSelectMenu`,`-internal-select-menu`,Bt,vt,t,_(t,`clsPrefix`)),f=o(null),p=o(null),m=o(null),h=g(()=>t.treeMate.getFlattenedNodes()),v=g(()=>Te(h.value)),y=o(null);function b(){let{treeMate:e}=t,n=null,{value:r}=t;r===null?n=e.getFirstAvailableNode():(n=t.multiple?e.getNode((r||[])[(r||[]).length-1]):e.getNode(r),(!n||n.disabled)&&(n=e.getFirstAvailableNode())),U(n||null)}function x(){let{value:e}=y;e&&!t.treeMate.getNode(e.key)&&(y.value=null)}let S;l(()=>t.show,e=>{e?S=l(()=>t.treeMate,()=>{t.resetMenuOnOptionsChange?(t.autoPending?b():x(),c(ee)):x()},{immediate:!0}):S?.()},{immediate:!0}),i(()=>{S?.()});let C=g(()=>Ye(d.value.self[H(`optionHeight`,t.size)])),w=g(()=>Je(d.value.self[H(`padding`,t.size)])),T=g(()=>t.multiple&&Array.isArray(t.value)?new Set(t.value):new Set),E=g(()=>{let e=h.value;return e&&e.length===0}),D=g(()=>s?.value?.Select?.renderEmpty);function O(e){let{onToggle:n}=t;n&&n(e)}function k(e){let{onScroll:n}=t;n&&n(e)}function A(e){m.value?.sync(),k(e)}function j(){m.value?.sync()}function M(){let{value:e}=y;return e||null}function N(e,t){t.disabled||U(t,!1)}function F(e,t){t.disabled||O(t)}function I(e){pt(e,`action`)||t.onKeyup?.(e)}function L(e){pt(e,`action`)||t.onKeydown?.(e)}function R(e){t.onMousedown?.(e),t.focusable||e.preventDefault()}function z(){let{value:e}=y;e&&U(e.getNext({loop:!0}),!0)}function B(){let{value:e}=y;e&&U(e.getPrev({loop:!0}),!0)}function U(e,t=!1){y.value=e,t&&ee()}function ee(){let e=y.value;if(!e)return;let n=v.value(e.key);n!==null&&(t.virtualScroll?p.value?.scrollTo({index:n}):m.value?.scrollTo({index:n,elSize:C.value}))}function W(e){f.value?.contains(e.target)&&t.onFocus?.(e)}function G(e){f.value?.contains(e.relatedTarget)||t.onBlur?.(e)}a(st,{handleOptionMouseEnter:N,handleOptionClick:F,valueSetRef:T,pendingTmNodeRef:y,nodePropsRef:_(t,`nodeProps`),showCheckmarkRef:_(t,`showCheckmark`),multipleRef:_(t,`multiple`),valueRef:_(t,`value`),renderLabelRef:_(t,`renderLabel`),renderOptionRef:_(t,`renderOption`),labelFieldRef:_(t,`labelField`),valueFieldRef:_(t,`valueField`)}),a($e,f),e(()=>{let{value:e}=m;e&&e.sync()});let K=g(()=>{let{size:e}=t,{common:{cubicBezierEaseInOut:n},self:{height:r,borderRadius:i,color:a,groupHeaderTextColor:o,actionDividerColor:s,optionTextColorPressed:c,optionTextColor:l,optionTextColorDisabled:u,optionTextColorActive:f,optionOpacityDisabled:p,optionCheckColor:m,actionTextColor:h,optionColorPending:g,optionColorActive:_,loadingColor:v,loadingSize:y,optionColorActivePending:b,[H(`optionFontSize`,e)]:x,[H(`optionHeight`,e)]:S,[H(`optionPadding`,e)]:C}}=d.value;return{"--n-height":r,"--n-action-divider-color":s,"--n-action-text-color":h,"--n-bezier":n,"--n-border-radius":i,"--n-color":a,"--n-option-font-size":x,"--n-group-header-text-color":o,"--n-option-check-color":m,"--n-option-color-pending":g,"--n-option-color-active":_,"--n-option-color-active-pending":b,"--n-option-height":S,"--n-option-opacity-disabled":p,"--n-option-text-color":l,"--n-option-text-color-active":f,"--n-option-text-color-disabled":u,"--n-option-text-color-pressed":c,"--n-option-padding":C,"--n-option-padding-left":Je(C,`left`),"--n-option-padding-right":Je(C,`right`),"--n-loading-color":v,"--n-loading-size":y}}),{inlineThemeDisabled:q}=t,J=q?V(`internal-select-menu`,g(()=>t.size[0]),K,t):void 0,te={selfRef:f,next:z,prev:B,getPendingTmNode:M};return Mt(f,t.onResize),{mergedTheme:d,mergedClsPrefix:n,rtlEnabled:u,virtualListRef:p,scrollbarRef:m,itemSize:C,padding:w,flattenedNodes:h,empty:E,mergedRenderEmpty:D,virtualListContainer(){let{value:e}=p;return e?.listElRef},virtualListContent(){let{value:e}=p;return e?.itemsElRef},doScroll:k,handleFocusin:W,handleFocusout:G,handleKeyUp:I,handleKeyDown:L,handleMouseDown:R,handleVirtualListResize:j,handleVirtualListScroll:A,cssVars:q?void 0:K,themeClass:J?.themeClass,onRender:J?.onRender,...te}},render(){let{$slots:e,virtualScroll:t,clsPrefix:n,mergedTheme:i,themeClass:a,onRender:o}=this;return o?.(),r(),v(`div`,{ref:`selfRef`,tabindex:this.focusable?0:-1,class:z([`${n}-base-select-menu`,`${n}-base-select-menu--${this.size}-size`,this.rtlEnabled&&`${n}-base-select-menu--rtl`,a,this.multiple&&`${n}-base-select-menu--multiple`]),style:w(this.cssVars),onFocusin:this.handleFocusin,onFocusout:this.handleFocusout,onKeyup:this.handleKeyUp,onKeydown:this.handleKeyDown,onMousedown:this.handleMouseDown,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseleave},[D(()=>J(e.header,e=>e&&(r(),v(`div`,{class:z(`${n}-base-select-menu__header`),"data-header":!0,key:`header`},[D(()=>e)],2)))),this.loading?(r(),v(`div`,{key:0,class:z(`${n}-base-select-menu__loading`)},[(r(),d(le,{clsPrefix:n,strokeWidth:20},null,8,[`clsPrefix`]))],2)):(r(),v(p,{key:1},[this.empty?(r(),v(`div`,{key:1,class:z(`${n}-base-select-menu__empty`),"data-empty":!0},[D(()=>O(e.empty,()=>[this.mergedRenderEmpty?.()||(r(),d(ve,{theme:i.peers.Empty,themeOverrides:i.peerOverrides.Empty,size:this.size},null,8,[`theme`,`themeOverrides`,`size`]))]))],2)):(r(),d(De,S({key:0,ref:`scrollbarRef`,theme:i.peers.Scrollbar,themeOverrides:i.peerOverrides.Scrollbar,scrollable:this.scrollable,container:t?this.virtualListContainer:void 0,content:t?this.virtualListContent:void 0,onScroll:t?void 0:this.doScroll},this.scrollbarProps),{default:()=>t?(r(),d(kt,{key:1,ref:`virtualListRef`,class:z(`${n}-virtual-list`),items:this.flattenedNodes,itemSize:this.itemSize,showScrollbar:!1,paddingTop:this.padding.top,paddingBottom:this.padding.bottom,onResize:this.handleVirtualListResize,onScroll:this.handleVirtualListScroll,itemResizable:!0},{default:({item:e})=>e.isGroup?(r(),d(Pt,{key:e.key,clsPrefix:n,tmNode:e},null,8,[`clsPrefix`,`tmNode`])):e.ignored?null:(r(),d(zt,{clsPrefix:n,key:e.key,tmNode:e},null,8,[`clsPrefix`,`tmNode`]))},1032,[`class`,`items`,`itemSize`,`paddingTop`,`paddingBottom`,`onResize`,`onScroll`])):(r(),v(`div`,{key:4,class:z(`${n}-base-select-menu-option-wrapper`),style:w({paddingTop:this.padding.top,paddingBottom:this.padding.bottom})},[D(()=>this.flattenedNodes.map(e=>e.isGroup?(r(),d(Pt,{key:e.key,clsPrefix:n,tmNode:e},null,8,[`clsPrefix`,`tmNode`])):(r(),d(zt,{clsPrefix:n,key:e.key,tmNode:e},null,8,[`clsPrefix`,`tmNode`]))))],6))},1040,[`theme`,`themeOverrides`,`scrollable`,`container`,`content`,`onScroll`]))],64)),D(()=>J(e.action,e=>e&&[(r(),v(`div`,{class:z(`${n}-base-select-menu__action`),"data-action":!0,key:`action`},[D(()=>e)],2)),(r(),d(Nt,{onFocus:this.onTabOut,key:`focus-detector`},null,8,[`onFocus`]))]))],46,Vt)}});function Ut(e){return e.type===`group`}function Wt(e){return e.type===`ignored`}function Gt(e,t){try{return!!(1+t.toString().toLowerCase().indexOf(e.trim().toLowerCase()))}catch{return!1}}function Kt(e,t){return{getIsGroup:Ut,getIgnored:Wt,getKey(t){return Ut(t)?t.name||t.key||`key-required`:t[e]},getChildren(e){return e[t]}}}function qt(e,t,n,r){if(!t)return e;function i(e){if(!Array.isArray(e))return[];let a=[];for(let o of e)if(Ut(o)){let e=i(o[r]);e.length&&a.push(Object.assign({},o,{[r]:e}))}else if(Wt(o))continue;else t(n,o)&&a.push(o);return a}return i(e)}function Jt(e,t,n){let r=new Map;return e.forEach(e=>{Ut(e)?e[n].forEach(e=>{r.set(e[t],e)}):r.set(e[t],e)}),r}var Yt={sizeSmall:`14px`,sizeMedium:`16px`,sizeLarge:`18px`,labelPadding:`0 8px`,labelFontWeight:`400`};function Xt(e){let{baseColor:t,inputColorDisabled:n,cardColor:r,modalColor:i,popoverColor:a,textColorDisabled:o,borderColor:s,primaryColor:c,textColor2:l,fontSizeSmall:u,fontSizeMedium:d,fontSizeLarge:f,borderRadiusSmall:p,lineHeight:m}=e;return{...Yt,labelLineHeight:m,fontSizeSmall:u,fontSizeMedium:d,fontSizeLarge:f,borderRadius:p,color:t,colorChecked:c,colorDisabled:n,colorDisabledChecked:n,colorTableHeader:r,colorTableHeaderModal:i,colorTableHeaderPopover:a,checkMarkColor:t,checkMarkColorDisabled:o,checkMarkColorDisabledChecked:o,border:`1px solid ${s}`,borderDisabled:`1px solid ${s}`,borderDisabledChecked:`1px solid ${s}`,borderChecked:`1px solid ${c}`,borderFocus:`1px solid ${c}`,boxShadowFocus:`0 0 0 2px ${G(c,{alpha:.3})}`,textColor:l,textColorDisabled:o}}var Zt={name:`Checkbox`,common:U,self:Xt};function Qt(e){let{borderRadius:t,textColor2:n,textColorDisabled:r,inputColor:i,inputColorDisabled:a,primaryColor:o,primaryColorHover:s,warningColor:c,warningColorHover:l,errorColor:u,errorColorHover:d,borderColor:f,iconColor:p,iconColorDisabled:m,clearColor:h,clearColorHover:g,clearColorPressed:_,placeholderColor:v,placeholderColorDisabled:y,fontSizeTiny:b,fontSizeSmall:x,fontSizeMedium:S,fontSizeLarge:C,heightTiny:w,heightSmall:T,heightMedium:E,heightLarge:D,fontWeight:O}=e;return{...At,fontSizeTiny:b,fontSizeSmall:x,fontSizeMedium:S,fontSizeLarge:C,heightTiny:w,heightSmall:T,heightMedium:E,heightLarge:D,borderRadius:t,fontWeight:O,textColor:n,textColorDisabled:r,placeholderColor:v,placeholderColorDisabled:y,color:i,colorDisabled:a,colorActive:i,border:`1px solid ${f}`,borderHover:`1px solid ${s}`,borderActive:`1px solid ${o}`,borderFocus:`1px solid ${s}`,boxShadowHover:`none`,boxShadowActive:`0 0 0 2px ${G(o,{alpha:.2})}`,boxShadowFocus:`0 0 0 2px ${G(o,{alpha:.2})}`,caretColor:o,arrowColor:p,arrowColorDisabled:m,loadingColor:o,borderWarning:`1px solid ${c}`,borderHoverWarning:`1px solid ${l}`,borderActiveWarning:`1px solid ${c}`,borderFocusWarning:`1px solid ${l}`,boxShadowHoverWarning:`none`,boxShadowActiveWarning:`0 0 0 2px ${G(c,{alpha:.2})}`,boxShadowFocusWarning:`0 0 0 2px ${G(c,{alpha:.2})}`,colorActiveWarning:i,caretColorWarning:c,borderError:`1px solid ${u}`,borderHoverError:`1px solid ${d}`,borderActiveError:`1px solid ${u}`,borderFocusError:`1px solid ${d}`,boxShadowHoverError:`none`,boxShadowActiveError:`0 0 0 2px ${G(u,{alpha:.2})}`,boxShadowFocusError:`0 0 0 2px ${G(u,{alpha:.2})}`,colorActiveError:i,caretColorError:u,clearColor:h,clearColorHover:g,clearColorPressed:_}}var $t=T({name:`InternalSelection`,common:U,peers:{Popover:Ge},self:Qt}),en=()=>(()=>{let e=I(`75be776d8875fa17`);return e[0]||=b(`svg`,{viewBox:`0 0 64 64`,class:`check-icon`},[b(`path`,{d:`M50.42,16.76L22.34,39.45l-8.1-11.46c-1.12-1.58-3.3-1.96-4.88-0.84c-1.58,1.12-1.95,3.3-0.84,4.88l10.26,14.51  c0.56,0.79,1.42,1.31,2.38,1.45c0.16,0.02,0.32,0.03,0.48,0.03c0.8,0,1.57-0.27,2.2-0.78l30.99-25.03c1.5-1.21,1.74-3.42,0.52-4.92  C54.13,15.78,51.93,15.55,50.42,16.76z`})],-1)})(),tn=()=>(()=>{let e=I(`c6eed899356c8404`);return e[0]||=b(`svg`,{viewBox:`0 0 100 100`,class:`line-icon`},[b(`path`,{d:`M80.2,55.5H21.4c-2.8,0-5.1-2.5-5.1-5.5l0,0c0-3,2.3-5.5,5.1-5.5h58.7c2.8,0,5.1,2.5,5.1,5.5l0,0C85.2,53.1,82.9,55.5,80.2,55.5z`})],-1)})(),nn=M([A(`checkbox`,`
 font-size: var(--n-font-size);
 outline: none;
 cursor: pointer;
 display: inline-flex;
 flex-wrap: nowrap;
 align-items: flex-start;
 word-break: break-word;
 line-height: var(--n-size);
 --n-merged-color-table: var(--n-color-table);
 `,[E(`show-label`,`line-height: var(--n-label-line-height);`),M(`&:hover`,[A(`checkbox-box`,[Q(`border`,`border: var(--n-border-checked);`)])]),M(`&:focus:not(:active)`,[A(`checkbox-box`,[Q(`border`,`
 border: var(--n-border-focus);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),E(`inside-table`,[A(`checkbox-box`,`
 background-color: var(--n-merged-color-table);
 `)]),E(`checked`,[A(`checkbox-box`,`
 background-color: var(--n-color-checked);
 `,[A(`checkbox-icon`,[M(`.check-icon`,`
 opacity: 1;
 transform: scale(1);
 `)])])]),E(`indeterminate`,[A(`checkbox-box`,[A(`checkbox-icon`,[M(`.check-icon`,`
 opacity: 0;
 transform: scale(.5);
 `),M(`.line-icon`,`
 opacity: 1;
 transform: scale(1);
 `)])])]),E(`checked, indeterminate`,[M(`&:focus:not(:active)`,[A(`checkbox-box`,[Q(`border`,`
 border: var(--n-border-checked);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),A(`checkbox-box`,`
 background-color: var(--n-color-checked);
 border-left: 0;
 border-top: 0;
 `,[Q(`border`,{border:`var(--n-border-checked)`})])]),E(`disabled`,{cursor:`not-allowed`},[E(`checked`,[A(`checkbox-box`,`
 background-color: var(--n-color-disabled-checked);
 `,[Q(`border`,{border:`var(--n-border-disabled-checked)`}),A(`checkbox-icon`,[M(`.check-icon, .line-icon`,{fill:`var(--n-check-mark-color-disabled-checked)`})])])]),A(`checkbox-box`,`
 background-color: var(--n-color-disabled);
 `,[Q(`border`,`
 border: var(--n-border-disabled);
 `),A(`checkbox-icon`,[M(`.check-icon, .line-icon`,`
 fill: var(--n-check-mark-color-disabled);
 `)])]),Q(`label`,`
 color: var(--n-text-color-disabled);
 `)]),A(`checkbox-box-wrapper`,`
 position: relative;
 width: var(--n-size);
 flex-shrink: 0;
 flex-grow: 0;
 user-select: none;
 -webkit-user-select: none;
 `),A(`checkbox-box`,`
 position: absolute;
 left: 0;
 top: 50%;
 transform: translateY(-50%);
 height: var(--n-size);
 width: var(--n-size);
 display: inline-block;
 box-sizing: border-box;
 border-radius: var(--n-border-radius);
 background-color: var(--n-color);
 transition: background-color 0.3s var(--n-bezier);
 `,[Q(`border`,`
 transition:
 border-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 border-radius: inherit;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 border: var(--n-border);
 `),A(`checkbox-icon`,`
 display: flex;
 align-items: center;
 justify-content: center;
 position: absolute;
 left: 1px;
 right: 1px;
 top: 1px;
 bottom: 1px;
 `,[M(`.check-icon, .line-icon`,`
 width: 100%;
 fill: var(--n-check-mark-color);
 opacity: 0;
 transform: scale(0.5);
 transform-origin: center;
 transition:
 fill 0.3s var(--n-bezier),
 transform 0.3s var(--n-bezier),
 opacity 0.3s var(--n-bezier),
 border-color 0.3s var(--n-bezier);
 `),se({left:`1px`,top:`1px`})])]),Q(`label`,`
 color: var(--n-text-color);
 transition: color .3s var(--n-bezier);
 user-select: none;
 -webkit-user-select: none;
 padding: var(--n-label-padding);
 font-weight: var(--n-label-font-weight);
 `,[M(`&:empty`,{display:`none`})])]),ee(A(`checkbox`,`
 --n-merged-color-table: var(--n-color-table-modal);
 `)),K(A(`checkbox`,`
 --n-merged-color-table: var(--n-color-table-popover);
 `))]),rn=[`id`],an=[`tabindex`,`aria-checked`,`aria-labelledby`,`onKeyup`,`onKeydown`,`onClick`],on={...X.props,size:String,checked:{type:[Boolean,String,Number],default:void 0},defaultChecked:{type:[Boolean,String,Number],default:!1},value:[String,Number],disabled:{type:Boolean,default:void 0},indeterminate:Boolean,label:String,focusable:{type:Boolean,default:!0},checkedValue:{type:[Boolean,String,Number],default:!0},uncheckedValue:{type:[Boolean,String,Number],default:!1},"onUpdate:checked":[Function,Array],onUpdateChecked:[Function,Array],privateInsideTable:Boolean,onChange:[Function,Array]},sn=x({name:`Checkbox`,props:on,setup(e){let t=s(cn,null),n=o(null),{mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedRtlRef:a,mergedComponentPropsRef:c}=P(e),l=o(e.defaultChecked),u=_(e,`checked`),d=nt(u,l),f=W(()=>{if(t){let n=t.valueSetRef.value;return n&&e.value!==void 0?n.has(e.value):!1}return d.value===e.checkedValue}),p=ie(e,{mergedSize(n){let{size:r}=e;if(r!==void 0)return r;if(t){let{value:e}=t.mergedSizeRef;if(e!==void 0)return e}if(n){let{mergedSize:e}=n;if(e!==void 0)return e.value}return c?.value?.Checkbox?.size||`medium`},mergedDisabled(n){let{disabled:r}=e;if(r!==void 0)return r;if(t){if(t.disabledRef.value)return!0;let{maxRef:{value:e},checkedCountRef:n}=t;if(e!==void 0&&n.value>=e&&!f.value)return!0;let{minRef:{value:r}}=t;if(r!==void 0&&n.value<=r&&f.value)return!0}return n?n.disabled.value:!1}}),{mergedDisabledRef:m,mergedSizeRef:h}=p,v=X(`Checkbox`,`-checkbox`,nn,Zt,e,r);function y(n){if(t&&e.value!==void 0)t.toggleCheckbox(!f.value,e.value);else{let{onChange:t,"onUpdate:checked":r,onUpdateChecked:i}=e,{nTriggerFormInput:a,nTriggerFormChange:o}=p,s=f.value?e.uncheckedValue:e.checkedValue;r&&j(r,s,n),i&&j(i,s,n),t&&j(t,s,n),a(),o(),l.value=s}}function b(e){m.value||y(e)}function x(e){if(!m.value)switch(e.key){case` `:case`Enter`:y(e)}}function S(e){e.key===` `&&e.preventDefault()}let C={focus:()=>{n.value?.focus()},blur:()=>{n.value?.blur()}},w=Y(`Checkbox`,a,r),T=g(()=>{let{value:e}=h,{common:{cubicBezierEaseInOut:t},self:{borderRadius:n,color:r,colorChecked:i,colorDisabled:a,colorTableHeader:o,colorTableHeaderModal:s,colorTableHeaderPopover:c,checkMarkColor:l,checkMarkColorDisabled:u,border:d,borderFocus:f,borderDisabled:p,borderChecked:m,boxShadowFocus:g,textColor:_,textColorDisabled:y,checkMarkColorDisabledChecked:b,colorDisabledChecked:x,borderDisabledChecked:S,labelPadding:C,labelLineHeight:w,labelFontWeight:T,[H(`fontSize`,e)]:E,[H(`size`,e)]:D}}=v.value;return{"--n-label-line-height":w,"--n-label-font-weight":T,"--n-size":D,"--n-bezier":t,"--n-border-radius":n,"--n-border":d,"--n-border-checked":m,"--n-border-focus":f,"--n-border-disabled":p,"--n-border-disabled-checked":S,"--n-box-shadow-focus":g,"--n-color":r,"--n-color-checked":i,"--n-color-table":o,"--n-color-table-modal":s,"--n-color-table-popover":c,"--n-color-disabled":a,"--n-color-disabled-checked":x,"--n-text-color":_,"--n-text-color-disabled":y,"--n-check-mark-color":l,"--n-check-mark-color-disabled":u,"--n-check-mark-color-disabled-checked":b,"--n-font-size":E,"--n-label-padding":C}}),E=i?V(`checkbox`,g(()=>h.value[0]),T,e):void 0;return Object.assign(p,C,{rtlEnabled:w,selfRef:n,mergedClsPrefix:r,mergedDisabled:m,renderedChecked:f,mergedTheme:v,labelId:rt(),handleClick:b,handleKeyUp:x,handleKeyDown:S,cssVars:i?void 0:T,themeClass:E?.themeClass,onRender:E?.onRender})},render(){let{$slots:e,renderedChecked:t,mergedDisabled:n,indeterminate:i,privateInsideTable:a,cssVars:o,labelId:s,label:c,mergedClsPrefix:l,focusable:u,handleKeyUp:d,handleKeyDown:p,handleClick:m}=this;this.onRender?.();let h=J(e.default,e=>c||e?(r(),v(`span`,{key:1,class:z(`${l}-checkbox__label`),id:s},[D(()=>c||e)],10,rn)):null);return(()=>{let e=I(`70be6e74cd27cb50`);return r(),v(`div`,{ref:`selfRef`,class:z([`${l}-checkbox`,this.themeClass,this.rtlEnabled&&`${l}-checkbox--rtl`,t&&`${l}-checkbox--checked`,n&&`${l}-checkbox--disabled`,i&&`${l}-checkbox--indeterminate`,a&&`${l}-checkbox--inside-table`,h&&`${l}-checkbox--show-label`]),tabindex:n||!u?void 0:0,role:`checkbox`,"aria-checked":i?`mixed`:t,"aria-labelledby":s,style:w(o),onKeyup:d,onKeydown:p,onClick:m,onMousedown:e[0]||=()=>{Xe(`selectstart`,window,e=>{e.preventDefault()},{once:!0})}},[b(`div`,{class:z(`${l}-checkbox-box-wrapper`)},[e[1]||=D(`\xA0`,-1),b(`div`,{class:z(`${l}-checkbox-box`)},[f(de,null,{default:()=>this.indeterminate?(r(),v(`div`,{key:`indeterminate`,class:z(`${l}-checkbox-icon`)},[D(()=>tn())],2)):(r(),v(`div`,{key:`check`,class:z(`${l}-checkbox-icon`)},[D(()=>en())],2))},1024),b(`div`,{class:z(`${l}-checkbox-box__border`)},null,2)],2)],2),D(()=>h)],46,an)})()}}),cn=L(`n-checkbox-group`),ln=x({name:`CheckboxGroup`,props:{min:Number,max:Number,size:String,options:Array,labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},value:Array,defaultValue:{type:Array,default:null},disabled:{type:Boolean,default:void 0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],onChange:[Function,Array]},setup(e){let{mergedClsPrefixRef:t}=P(e),n=ie(e),{mergedSizeRef:r,mergedDisabledRef:i}=n,s=o(e.defaultValue),c=g(()=>e.value),l=nt(c,s),u=g(()=>l.value?.length||0),d=g(()=>Array.isArray(l.value)?new Set(l.value):new Set);function f(t,r){let{nTriggerFormInput:i,nTriggerFormChange:a}=n,{onChange:o,"onUpdate:value":c,onUpdateValue:u}=e;if(Array.isArray(l.value)){let e=Array.from(l.value),n=e.findIndex(e=>e===r);t?~n||(e.push(r),u&&j(u,e,{actionType:`check`,value:r}),c&&j(c,e,{actionType:`check`,value:r}),i(),a(),s.value=e,o&&j(o,e)):~n&&(e.splice(n,1),u&&j(u,e,{actionType:`uncheck`,value:r}),c&&j(c,e,{actionType:`uncheck`,value:r}),o&&j(o,e),s.value=e,i(),a())}else t?(u&&j(u,[r],{actionType:`check`,value:r}),c&&j(c,[r],{actionType:`check`,value:r}),o&&j(o,[r]),s.value=[r],i(),a()):(u&&j(u,[],{actionType:`uncheck`,value:r}),c&&j(c,[],{actionType:`uncheck`,value:r}),o&&j(o,[]),s.value=[],i(),a())}return a(cn,{checkedCountRef:u,maxRef:_(e,`max`),minRef:_(e,`min`),valueSetRef:d,disabledRef:i,mergedSizeRef:r,toggleCheckbox:f}),{mergedClsPrefix:t}},render(){let{options:e,labelField:t,valueField:n}=this.$props;return r(),v(`div`,{class:z(`${this.mergedClsPrefix}-checkbox-group`),role:`group`},[e?(r(),v(p,{key:0},[D(()=>e.map(e=>{let i=e[n];return r(),d(sn,{key:i,value:i,disabled:e.disabled,label:e[t]},null,8,[`value`,`disabled`,`label`])}))],64)):(r(),v(p,{key:1},[D(()=>this.$slots.default?.())],64))],2)}}),un=M([A(`base-selection`,`
 --n-padding-single: var(--n-padding-single-top) var(--n-padding-single-right) var(--n-padding-single-bottom) var(--n-padding-single-left);
 --n-padding-multiple: var(--n-padding-multiple-top) var(--n-padding-multiple-right) var(--n-padding-multiple-bottom) var(--n-padding-multiple-left);
 position: relative;
 z-index: auto;
 box-shadow: none;
 width: 100%;
 max-width: 100%;
 display: inline-block;
 vertical-align: bottom;
 border-radius: var(--n-border-radius);
 min-height: var(--n-height);
 line-height: 1.5;
 font-size: var(--n-font-size);
 `,[A(`base-loading`,`
 color: var(--n-loading-color);
 `),A(`base-selection-tags`,`min-height: var(--n-height);`),Q(`border, state-border`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 pointer-events: none;
 border: var(--n-border);
 border-radius: inherit;
 transition:
 box-shadow .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `),Q(`state-border`,`
 z-index: 1;
 border-color: #0000;
 `),A(`base-suffix`,`
 cursor: pointer;
 position: absolute;
 top: 50%;
 transform: translateY(-50%);
 right: 10px;
 `,[Q(`arrow`,`
 font-size: var(--n-arrow-size);
 color: var(--n-arrow-color);
 transition: color .3s var(--n-bezier);
 `)]),A(`base-selection-overlay`,`
 display: flex;
 align-items: center;
 white-space: nowrap;
 pointer-events: none;
 position: absolute;
 top: 0;
 right: 0;
 bottom: 0;
 left: 0;
 padding: var(--n-padding-single);
 transition: color .3s var(--n-bezier);
 `,[Q(`wrapper`,`
 flex-basis: 0;
 flex-grow: 1;
 overflow: hidden;
 text-overflow: ellipsis;
 `)]),A(`base-selection-placeholder`,`
 color: var(--n-placeholder-color);
 `,[Q(`inner`,`
 max-width: 100%;
 overflow: hidden;
 `)]),A(`base-selection-tags`,`
 cursor: pointer;
 outline: none;
 box-sizing: border-box;
 position: relative;
 z-index: auto;
 display: flex;
 padding: var(--n-padding-multiple);
 flex-wrap: wrap;
 align-items: center;
 width: 100%;
 vertical-align: bottom;
 background-color: var(--n-color);
 border-radius: inherit;
 transition:
 color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 `),A(`base-selection-label`,`
 height: var(--n-height);
 display: inline-flex;
 width: 100%;
 vertical-align: bottom;
 cursor: pointer;
 outline: none;
 z-index: auto;
 box-sizing: border-box;
 position: relative;
 transition:
 color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 border-radius: inherit;
 background-color: var(--n-color);
 align-items: center;
 `,[A(`base-selection-input`,`
 font-size: inherit;
 line-height: inherit;
 outline: none;
 cursor: pointer;
 box-sizing: border-box;
 border:none;
 width: 100%;
 padding: var(--n-padding-single);
 background-color: #0000;
 color: var(--n-text-color);
 transition: color .3s var(--n-bezier);
 caret-color: var(--n-caret-color);
 `,[Q(`content`,`
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap; 
 `)]),Q(`render-label`,`
 color: var(--n-text-color);
 `)]),oe(`disabled`,[M(`&:hover`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-hover);
 border: var(--n-border-hover);
 `)]),E(`focus`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-focus);
 border: var(--n-border-focus);
 `)]),E(`active`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-active);
 border: var(--n-border-active);
 `),A(`base-selection-label`,`background-color: var(--n-color-active);`),A(`base-selection-tags`,`background-color: var(--n-color-active);`)])]),E(`disabled`,`cursor: not-allowed;`,[Q(`arrow`,`
 color: var(--n-arrow-color-disabled);
 `),A(`base-selection-label`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[A(`base-selection-input`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 `),Q(`render-label`,`
 color: var(--n-text-color-disabled);
 `)]),A(`base-selection-tags`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `),A(`base-selection-placeholder`,`
 cursor: not-allowed;
 color: var(--n-placeholder-color-disabled);
 `)]),A(`base-selection-input-tag`,`
 height: calc(var(--n-height) - 6px);
 line-height: calc(var(--n-height) - 6px);
 outline: none;
 display: none;
 position: relative;
 margin-bottom: 3px;
 max-width: 100%;
 vertical-align: bottom;
 `,[Q(`input`,`
 font-size: inherit;
 font-family: inherit;
 min-width: 1px;
 padding: 0;
 background-color: #0000;
 outline: none;
 border: none;
 max-width: 100%;
 overflow: hidden;
 width: 1em;
 line-height: inherit;
 cursor: pointer;
 color: var(--n-text-color);
 caret-color: var(--n-caret-color);
 `),Q(`mirror`,`
 position: absolute;
 left: 0;
 top: 0;
 white-space: pre;
 visibility: hidden;
 user-select: none;
 -webkit-user-select: none;
 opacity: 0;
 `)]),[`warning`,`error`].map(e=>E(`${e}-status`,[Q(`state-border`,`border: var(--n-border-${e});`),oe(`disabled`,[M(`&:hover`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-hover-${e});
 border: var(--n-border-hover-${e});
 `)]),E(`active`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-active-${e});
 border: var(--n-border-active-${e});
 `),A(`base-selection-label`,`background-color: var(--n-color-active-${e});`),A(`base-selection-tags`,`background-color: var(--n-color-active-${e});`)]),E(`focus`,[Q(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)])])]))]),A(`base-selection-popover`,`
 margin-bottom: -3px;
 display: flex;
 flex-wrap: wrap;
 margin-right: -8px;
 `),A(`base-selection-tag-wrapper`,`
 max-width: 100%;
 display: inline-flex;
 padding: 0 7px 3px 0;
 `,[M(`&:last-child`,`padding-right: 0;`),A(`tag`,`
 font-size: 14px;
 max-width: 100%;
 `,[Q(`content`,`
 line-height: 1.25;
 text-overflow: ellipsis;
 overflow: hidden;
 `)])])]),dn=[`disabled`,`value`,`autofocus`,`onBlur`,`onFocus`,`onKeydown`,`onInput`,`onCompositionstart`,`onCompositionend`],fn=[`tabindex`],pn=[`title`],mn=[`value`,`readonly`,`disabled`,`autofocus`,`onFocus`,`onBlur`,`onInput`,`onCompositionstart`,`onCompositionend`],hn=[`tabindex`],gn=[`onClick`,`onMouseenter`,`onMouseleave`,`onKeydown`,`onFocusin`,`onFocusout`,`onMousedown`],_n=x({name:`InternalSelection`,props:{...X.props,clsPrefix:{type:String,required:!0},bordered:{type:Boolean,default:void 0},active:Boolean,pattern:{type:String,default:``},placeholder:String,selectedOption:{type:Object,default:null},selectedOptions:{type:Array,default:null},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},multiple:Boolean,filterable:Boolean,clearable:Boolean,disabled:Boolean,size:{type:String,default:`medium`},loading:Boolean,autofocus:Boolean,showArrow:{type:Boolean,default:!0},inputProps:Object,focused:Boolean,renderTag:Function,onKeydown:Function,onClick:Function,onBlur:Function,onFocus:Function,onDeleteOption:Function,maxTagCount:[String,Number],ellipsisTagPopoverProps:Object,onClear:Function,onPatternInput:Function,onPatternFocus:Function,onPatternBlur:Function,renderLabel:Function,status:String,inlineThemeDisabled:Boolean,ignoreComposition:{type:Boolean,default:!0},onResize:Function},setup(t){let{mergedClsPrefixRef:n,mergedRtlRef:r}=P(t),i=Y(`InternalSelection`,r,n),a=o(null),s=o(null),d=o(null),f=o(null),p=o(null),m=o(null),h=o(null),v=o(null),y=o(null),b=o(null),x=o(!1),S=o(!1),C=o(!1),w=X(`InternalSelection`,`-internal-selection`,un,$t,t,_(t,`clsPrefix`)),T=g(()=>t.clearable&&!t.disabled&&(C.value||t.active)),E=g(()=>t.selectedOption?t.renderTag?t.renderTag({option:t.selectedOption,handleClose:()=>{}}):t.renderLabel?t.renderLabel(t.selectedOption,!0):Qe(t.selectedOption[t.labelField],t.selectedOption,!0):t.placeholder),D=g(()=>{let e=t.selectedOption;if(e)return e[t.labelField]}),O=g(()=>t.multiple?!!(Array.isArray(t.selectedOptions)&&t.selectedOptions.length):t.selectedOption!==null);function k(){let{value:e}=a;if(e){let{value:n}=s;n&&(n.style.width=`${e.offsetWidth}px`,t.maxTagCount!==`responsive`&&y.value?.sync({showAllItemsBeforeCalculate:!1}))}}function A(){let{value:e}=b;e&&(e.style.display=`none`)}function j(){let{value:e}=b;e&&(e.style.display=`inline-block`)}l(_(t,`active`),e=>{e||A()}),l(_(t,`pattern`),()=>{t.multiple&&c(k)});function M(e){let{onFocus:n}=t;n&&n(e)}function N(e){let{onBlur:n}=t;n&&n(e)}function F(e){let{onDeleteOption:n}=t;n&&n(e)}function I(e){let{onClear:n}=t;n&&n(e)}function L(e){let{onPatternInput:n}=t;n&&n(e)}function R(e){e.relatedTarget&&d.value?.contains(e.relatedTarget)||M(e)}function z(e){d.value?.contains(e.relatedTarget)||N(e)}function B(e){I(e)}function U(){C.value=!0}function ee(){C.value=!1}function W(e){t.active&&t.filterable&&e.target!==s.value&&e.preventDefault()}function G(e){F(e)}let K=o(!1);function q(e){if(e.key===`Backspace`&&!K.value&&!t.pattern.length){let{selectedOptions:e}=t;e?.length&&G(e[e.length-1])}}let J=null;function te(e){let{value:n}=a;n&&(n.textContent=e.target.value,k()),t.ignoreComposition&&K.value?J=e:L(e)}function ne(){K.value=!0}function re(){K.value=!1,t.ignoreComposition&&L(J),J=null}function ie(e){S.value=!0,t.onPatternFocus?.(e)}function ae(e){S.value=!1,t.onPatternBlur?.(e)}function oe(){if(t.filterable)S.value=!1,m.value?.blur(),s.value?.blur();else if(t.multiple){let{value:e}=f;e?.blur()}else{let{value:e}=p;e?.blur()}}function Z(){t.filterable?(S.value=!1,m.value?.focus()):t.multiple?f.value?.focus():p.value?.focus()}function Q(){let{value:e}=s;e&&(j(),e.focus())}function se(){let{value:e}=s;e&&e.blur()}function ce(e){let{value:t}=h;t&&t.setTextContent(`+${e}`)}function le(){let{value:e}=v;return e}function ue(){return s.value}let de=null;function fe(){de!==null&&window.clearTimeout(de)}function pe(){t.active||(fe(),de=window.setTimeout(()=>{O.value&&(x.value=!0)},100))}function me(){fe()}function he(e){e||(fe(),x.value=!1)}l(O,e=>{e||(x.value=!1)}),e(()=>{u(()=>{let e=m.value;e&&(t.disabled?e.removeAttribute(`tabindex`):e.tabIndex=S.value?-1:0)})}),Mt(d,t.onResize);let{inlineThemeDisabled:ge}=t,_e=g(()=>{let{size:e}=t,{common:{cubicBezierEaseInOut:n},self:{fontWeight:r,borderRadius:i,color:a,placeholderColor:o,textColor:s,paddingSingle:c,paddingMultiple:l,caretColor:u,colorDisabled:d,textColorDisabled:f,placeholderColorDisabled:p,colorActive:m,boxShadowFocus:h,boxShadowActive:g,boxShadowHover:_,border:v,borderFocus:y,borderHover:b,borderActive:x,arrowColor:S,arrowColorDisabled:C,loadingColor:T,colorActiveWarning:E,boxShadowFocusWarning:D,boxShadowActiveWarning:O,boxShadowHoverWarning:k,borderWarning:A,borderFocusWarning:j,borderHoverWarning:M,borderActiveWarning:N,colorActiveError:P,boxShadowFocusError:F,boxShadowActiveError:I,boxShadowHoverError:L,borderError:R,borderFocusError:z,borderHoverError:B,borderActiveError:V,clearColor:U,clearColorHover:ee,clearColorPressed:W,clearSize:G,arrowSize:K,[H(`height`,e)]:q,[H(`fontSize`,e)]:J}}=w.value,te=Je(c),ne=Je(l);return{"--n-bezier":n,"--n-border":v,"--n-border-active":x,"--n-border-focus":y,"--n-border-hover":b,"--n-border-radius":i,"--n-box-shadow-active":g,"--n-box-shadow-focus":h,"--n-box-shadow-hover":_,"--n-caret-color":u,"--n-color":a,"--n-color-active":m,"--n-color-disabled":d,"--n-font-size":J,"--n-height":q,"--n-padding-single-top":te.top,"--n-padding-multiple-top":ne.top,"--n-padding-single-right":te.right,"--n-padding-multiple-right":ne.right,"--n-padding-single-left":te.left,"--n-padding-multiple-left":ne.left,"--n-padding-single-bottom":te.bottom,"--n-padding-multiple-bottom":ne.bottom,"--n-placeholder-color":o,"--n-placeholder-color-disabled":p,"--n-text-color":s,"--n-text-color-disabled":f,"--n-arrow-color":S,"--n-arrow-color-disabled":C,"--n-loading-color":T,"--n-color-active-warning":E,"--n-box-shadow-focus-warning":D,"--n-box-shadow-active-warning":O,"--n-box-shadow-hover-warning":k,"--n-border-warning":A,"--n-border-focus-warning":j,"--n-border-hover-warning":M,"--n-border-active-warning":N,"--n-color-active-error":P,"--n-box-shadow-focus-error":F,"--n-box-shadow-active-error":I,"--n-box-shadow-hover-error":L,"--n-border-error":R,"--n-border-focus-error":z,"--n-border-hover-error":B,"--n-border-active-error":V,"--n-clear-size":G,"--n-clear-color":U,"--n-clear-color-hover":ee,"--n-clear-color-pressed":W,"--n-arrow-size":K,"--n-font-weight":r}}),ve=ge?V(`internal-selection`,g(()=>t.size[0]),_e,t):void 0;return{mergedTheme:w,mergedClearable:T,mergedClsPrefix:n,rtlEnabled:i,patternInputFocused:S,filterablePlaceholder:E,label:D,selected:O,showTagsPanel:x,isComposing:K,counterRef:h,counterWrapperRef:v,patternInputMirrorRef:a,patternInputRef:s,selfRef:d,multipleElRef:f,singleElRef:p,patternInputWrapperRef:m,overflowRef:y,inputTagElRef:b,handleMouseDown:W,handleFocusin:R,handleClear:B,handleMouseEnter:U,handleMouseLeave:ee,handleDeleteOption:G,handlePatternKeyDown:q,handlePatternInputInput:te,handlePatternInputBlur:ae,handlePatternInputFocus:ie,handleMouseEnterCounter:pe,handleMouseLeaveCounter:me,handleFocusout:z,handleCompositionEnd:re,handleCompositionStart:ne,onPopoverUpdateShow:he,focus:Z,focusInput:Q,blur:oe,blurInput:se,updateCounter:ce,getCounter:le,getTail:ue,renderLabel:t.renderLabel,cssVars:ge?void 0:_e,themeClass:ve?.themeClass,onRender:ve?.onRender}},render(){let{status:e,multiple:t,size:n,disabled:i,filterable:a,maxTagCount:o,bordered:s,clsPrefix:c,ellipsisTagPopoverProps:l,onRender:u,renderTag:f,renderLabel:m}=this;u?.();let h=o===`responsive`,g=typeof o==`number`,_=h||g,y=(r(),d(Be,null,{default:()=>(r(),d(xe,{clsPrefix:c,loading:this.loading,showArrow:this.showArrow,showClear:this.mergedClearable&&this.selected,onClear:this.handleClear},{default:()=>this.$slots.arrow?.()},1032,[`clsPrefix`,`loading`,`showArrow`,`showClear`,`onClear`]))},1024)),x;if(t){let{labelField:e}=this,t=t=>(r(),v(`div`,{class:z(`${c}-base-selection-tag-wrapper`),key:t.value},[f?(r(),v(p,{key:0},[D(()=>f({option:t,handleClose:()=>{this.handleDeleteOption(t)}}))],64)):(r(),d(Ze,{key:1,size:n,closable:!t.disabled,disabled:i,onClose:()=>{this.handleDeleteOption(t)},internalCloseIsButtonTag:!1,internalCloseFocusable:!1},{default:()=>m?m(t,!0):Qe(t[e],t,!0)},1032,[`size`,`closable`,`disabled`,`onClose`]))],2)),s=()=>(g?this.selectedOptions.slice(0,o):this.selectedOptions).map(t),u=a?(r(),v(`div`,{class:z(`${c}-base-selection-input-tag`),ref:`inputTagElRef`,key:`__input-tag__`},[b(`input`,S(this.inputProps,{ref:`patternInputRef`,tabindex:-1,disabled:i,value:this.pattern,autofocus:this.autofocus,class:`${c}-base-selection-input-tag__input`,onBlur:this.handlePatternInputBlur,onFocus:this.handlePatternInputFocus,onKeydown:this.handlePatternKeyDown,onInput:this.handlePatternInputInput,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd}),null,16,dn),b(`span`,{ref:`patternInputMirrorRef`,class:z(`${c}-base-selection-input-tag__mirror`)},[D(()=>this.pattern)],2)],2)):null,C=h?()=>(r(),v(`div`,{class:z(`${c}-base-selection-tag-wrapper`),ref:`counterWrapperRef`},[(r(),d(Ze,{size:n,ref:`counterRef`,onMouseenter:this.handleMouseEnterCounter,onMouseleave:this.handleMouseLeaveCounter,disabled:i},null,8,[`size`,`onMouseenter`,`onMouseleave`,`disabled`]))],2)):void 0,w;if(g){let e=this.selectedOptions.length-o;e>0&&(w=(t=>(r(),v(`div`,{class:z(`${c}-base-selection-tag-wrapper`),key:`__counter__`},[(r(),d(Ze,{size:n,ref:`counterRef`,onMouseenter:this.handleMouseEnterCounter,disabled:i},{default:()=>`+${e}`},1032,[`size`,`onMouseenter`,`disabled`]))],2)))(w))}let T=h?a?(r(),d(je,{key:3,ref:`overflowRef`,updateCounter:this.updateCounter,getCounter:this.getCounter,getTail:this.getTail,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:s,counter:C,tail:()=>u},1032,[`updateCounter`,`getCounter`,`getTail`])):(r(),d(je,{key:4,ref:`overflowRef`,updateCounter:this.updateCounter,getCounter:this.getCounter,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:s,counter:C},1032,[`updateCounter`,`getCounter`])):g&&w?s().concat(w):s(),E=_?()=>(r(),v(`div`,{class:z(`${c}-base-selection-popover`)},[h?(r(),v(p,{key:0},[D(()=>s())],64)):(r(),v(p,{key:1},[D(()=>this.selectedOptions.map(t))],64))],2)):void 0,O=_?{show:this.showTagsPanel,trigger:`hover`,overlap:!0,placement:`top`,width:`trigger`,onUpdateShow:this.onPopoverUpdateShow,theme:this.mergedTheme.peers.Popover,themeOverrides:this.mergedTheme.peerOverrides.Popover,...l}:null,k=!this.selected&&(!this.active||!this.pattern&&!this.isComposing)?(r(),v(`div`,{key:5,class:z(`${c}-base-selection-placeholder ${c}-base-selection-overlay`)},[b(`div`,{class:z(`${c}-base-selection-placeholder__inner`)},[D(()=>this.placeholder)],2)],2)):null,A=a?(r(),v(`div`,{key:6,ref:`patternInputWrapperRef`,class:z(`${c}-base-selection-tags`)},[D(()=>T),h?D(()=>null):(r(),v(p,{key:1},[D(()=>u)],64)),D(()=>y)],2)):(r(),v(`div`,{key:7,ref:`multipleElRef`,class:z(`${c}-base-selection-tags`),tabindex:i?void 0:0},[D(()=>T),D(()=>y)],10,fn));x=(e=>(r(),v(p,{key:8},[_?(r(),d(Me,S({key:0},O,{scrollable:!0,style:`max-height: calc(var(--v-target-height) * 6.6);`}),{trigger:()=>A,default:E},1040)):(r(),v(p,{key:1},[D(()=>A)],64)),D(()=>k)],64)))(x)}else if(a){let e=this.pattern||this.isComposing,t=this.active?!e:!this.selected,n=!this.active&&this.selected;x=(e=>(r(),v(`div`,{key:9,ref:`patternInputWrapperRef`,class:z(`${c}-base-selection-label`),title:this.patternInputFocused?void 0:jt(this.label)},[b(`input`,S(this.inputProps,{ref:`patternInputRef`,class:`${c}-base-selection-input`,value:this.active?this.pattern:``,placeholder:``,readonly:i,disabled:i,tabindex:-1,autofocus:this.autofocus,onFocus:this.handlePatternInputFocus,onBlur:this.handlePatternInputBlur,onInput:this.handlePatternInputInput,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd}),null,16,mn),n?(r(),v(`div`,{class:z(`${c}-base-selection-label__render-label ${c}-base-selection-overlay`),key:`input`},[b(`div`,{class:z(`${c}-base-selection-overlay__wrapper`)},[f?(r(),v(p,{key:0},[D(()=>f({option:this.selectedOption,handleClose:()=>{}}))],64)):(r(),v(p,{key:1},[m?(r(),v(p,{key:0},[D(()=>m(this.selectedOption,!0))],64)):(r(),v(p,{key:1},[D(()=>Qe(this.label,this.selectedOption,!0))],64))],64))],2)],2)):D(()=>null),t?(r(),v(`div`,{class:z(`${c}-base-selection-placeholder ${c}-base-selection-overlay`),key:`placeholder`},[b(`div`,{class:z(`${c}-base-selection-overlay__wrapper`)},[D(()=>this.filterablePlaceholder)],2)],2)):D(()=>null),D(()=>y)],10,pn)))(x)}else x=(e=>(r(),v(`div`,{key:10,ref:`singleElRef`,class:z(`${c}-base-selection-label`),tabindex:this.disabled?void 0:0},[this.label===void 0?(r(),v(`div`,{class:z(`${c}-base-selection-placeholder ${c}-base-selection-overlay`),key:`placeholder`},[b(`div`,{class:z(`${c}-base-selection-placeholder__inner`)},[D(()=>this.placeholder)],2)],2)):(r(),v(`div`,{class:z(`${c}-base-selection-input`),title:jt(this.label),key:`input`},[b(`div`,{class:z(`${c}-base-selection-input__content`)},[f?(r(),v(p,{key:0},[D(()=>f({option:this.selectedOption,handleClose:()=>{}}))],64)):(r(),v(p,{key:1},[m?(r(),v(p,{key:0},[D(()=>m(this.selectedOption,!0))],64)):(r(),v(p,{key:1},[D(()=>Qe(this.label,this.selectedOption,!0))],64))],64))],2)],10,[`title`])),D(()=>y)],10,hn)))(x);return r(),v(`div`,{ref:`selfRef`,class:z([`${c}-base-selection`,this.rtlEnabled&&`${c}-base-selection--rtl`,this.themeClass,e&&`${c}-base-selection--${e}-status`,{[`${c}-base-selection--active`]:this.active,[`${c}-base-selection--selected`]:this.selected||this.active&&this.pattern,[`${c}-base-selection--disabled`]:this.disabled,[`${c}-base-selection--multiple`]:this.multiple,[`${c}-base-selection--focus`]:this.focused}]),style:w(this.cssVars),onClick:this.onClick,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onKeydown:this.onKeydown,onFocusin:this.handleFocusin,onFocusout:this.handleFocusout,onMousedown:this.handleMouseDown},[D(()=>x),s?(r(),v(`div`,{key:0,class:z(`${c}-base-selection__border`)},null,2)):D(()=>null),s?(r(),v(`div`,{key:2,class:z(`${c}-base-selection__state-border`)},null,2)):D(()=>null)],46,gn)}});function vn(e){let{boxShadow2:t}=e;return{menuBoxShadow:t}}var yn=T({name:`Popselect`,common:U,peers:{Popover:Ge,InternalSelectMenu:vt},self:vn}),bn=L(`n-popselect`),xn=A(`popselect-menu`,`
 box-shadow: var(--n-menu-box-shadow);
`),Sn={multiple:Boolean,value:{type:[String,Number,Array],default:null},cancelable:Boolean,options:{type:Array,default:()=>[]},size:String,scrollable:Boolean,"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],onMouseenter:Function,onMouseleave:Function,renderLabel:Function,showCheckmark:{type:Boolean,default:void 0},nodeProps:Function,virtualScroll:Boolean,onChange:[Function,Array]},Cn=dt(Sn),wn=x({name:`PopselectPanel`,props:Sn,setup(e){let t=s(bn),{mergedClsPrefixRef:n,inlineThemeDisabled:r,mergedComponentPropsRef:i}=P(e),a=g(()=>e.size||i?.value?.Popselect?.size||`medium`),o=X(`Popselect`,`-pop-select`,xn,yn,t.props,n),u=g(()=>Ee(e.options,Kt(`value`,`children`)));function d(t,n){let{onUpdateValue:r,"onUpdate:value":i,onChange:a}=e;r&&j(r,t,n),i&&j(i,t,n),a&&j(a,t,n)}function f(e){m(e.key)}function p(e){pt(e,`action`)||pt(e,`empty`)||pt(e,`header`)||e.preventDefault()}function m(n){let{value:{getNode:r}}=u;if(e.multiple){if(Array.isArray(e.value)){let t=[],i=[],a=!0;e.value.forEach(e=>{if(e===n){a=!1;return}let o=r(e);o&&(t.push(o.key),i.push(o.rawNode))}),a&&(t.push(n),i.push(r(n).rawNode)),d(t,i)}else{let e=r(n);e&&d([n],[e.rawNode])}}else if(e.value===n&&e.cancelable)d(null,null);else{let e=r(n);e&&d(n,e.rawNode);let{"onUpdate:show":i,onUpdateShow:a}=t.props;i&&j(i,!1),a&&j(a,!1),t.setShow(!1)}c(()=>{t.syncPosition()})}l(_(e,`options`),()=>{c(()=>{t.syncPosition()})});let h=g(()=>{let{self:{menuBoxShadow:e}}=o.value;return{"--n-menu-box-shadow":e}}),v=r?V(`select`,void 0,h,t.props):void 0;return{mergedTheme:t.mergedThemeRef,mergedClsPrefix:n,treeMate:u,handleToggle:f,handleMenuMousedown:p,cssVars:r?void 0:h,themeClass:v?.themeClass,onRender:v?.onRender,mergedSize:a,scrollbarProps:t.props.scrollbarProps}},render(){return this.onRender?.(),r(),d(Ht,{clsPrefix:this.mergedClsPrefix,focusable:!0,nodeProps:this.nodeProps,class:z([`${this.mergedClsPrefix}-popselect-menu`,this.themeClass]),style:w(this.cssVars),theme:this.mergedTheme.peers.InternalSelectMenu,themeOverrides:this.mergedTheme.peerOverrides.InternalSelectMenu,multiple:this.multiple,treeMate:this.treeMate,size:this.mergedSize,value:this.value,virtualScroll:this.virtualScroll,scrollable:this.scrollable,scrollbarProps:this.scrollbarProps,renderLabel:this.renderLabel,onToggle:this.handleToggle,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseenter,onMousedown:this.handleMenuMousedown,showCheckmark:this.showCheckmark},{_:1,header:q(()=>this.$slots.header?.()||[]),action:q(()=>this.$slots.action?.()||[]),empty:q(()=>this.$slots.empty?.()||[])},8,[`clsPrefix`,`nodeProps`,`class`,`style`,`theme`,`themeOverrides`,`multiple`,`treeMate`,`size`,`value`,`virtualScroll`,`scrollable`,`scrollbarProps`,`renderLabel`,`onToggle`,`onMouseenter`,`onMouseleave`,`onMousedown`,`showCheckmark`])}}),Tn={...X.props,...ft(Pe,[`showArrow`,`arrow`]),placement:{...Pe.placement,default:`bottom`},trigger:{type:String,default:`hover`},...Sn,scrollbarProps:Object},En=x({name:`Popselect`,props:Tn,slots:Object,inheritAttrs:!1,__popover__:!0,setup(e){let{mergedClsPrefixRef:t}=P(e),n=X(`Popselect`,`-popselect`,void 0,yn,e,t),r=o(null);function i(){r.value?.syncPosition()}function s(e){r.value?.setShow(e)}return a(bn,{props:e,mergedThemeRef:n,syncPosition:i,setShow:s}),{syncPosition:i,setShow:s,popoverInstRef:r,mergedTheme:n}},render(){let{mergedTheme:e}=this,t={theme:e.peers.Popover,themeOverrides:e.peerOverrides.Popover,builtinThemeOverrides:{padding:`0`},ref:`popoverInstRef`,internalRenderBody:(e,t,n,i,a)=>{let{$attrs:o}=this;return r(),d(wn,S(o,{class:[o.class,e],style:[o.style,...n]},Ve(this.$props,Cn),{ref:Ue(t),onMouseenter:Ft([i,o.onMouseenter]),onMouseleave:Ft([a,o.onMouseleave])}),{header:()=>this.$slots.header?.(),action:()=>this.$slots.action?.(),empty:()=>this.$slots.empty?.()},1040,[`class`,`style`,`onMouseenter`,`onMouseleave`])}};return r(),d(Me,S(ft(this.$props,Cn),t,{internalDeactivateImmediately:!0}),{_:1,trigger:q(()=>this.$slots.default?.())},16)}});function Dn(e){let{boxShadow2:t}=e;return{menuBoxShadow:t}}var On=T({name:`Select`,common:U,peers:{InternalSelection:$t,InternalSelectMenu:vt},self:Dn}),kn=M([A(`select`,`
 z-index: auto;
 outline: none;
 width: 100%;
 position: relative;
 font-weight: var(--n-font-weight);
 `),A(`select-menu`,`
 margin: 4px 0;
 box-shadow: var(--n-menu-box-shadow);
 `,[Ne({originalTransition:`background-color .3s var(--n-bezier), box-shadow .3s var(--n-bezier)`})])]),An={...X.props,to:Ce.propTo,bordered:{type:Boolean,default:void 0},clearable:Boolean,clearCreatedOptionsOnClear:{type:Boolean,default:!0},clearFilterAfterSelect:{type:Boolean,default:!0},options:{type:Array,default:()=>[]},defaultValue:{type:[String,Number,Array],default:null},keyboard:{type:Boolean,default:!0},value:[String,Number,Array],placeholder:String,menuProps:Object,multiple:Boolean,size:String,menuSize:{type:String},filterable:Boolean,disabled:{type:Boolean,default:void 0},remote:Boolean,loading:Boolean,filter:Function,placement:{type:String,default:`bottom-start`},widthMode:{type:String,default:`trigger`},tag:Boolean,onCreate:Function,fallbackOption:{type:[Function,Boolean],default:void 0},show:{type:Boolean,default:void 0},showArrow:{type:Boolean,default:!0},maxTagCount:[Number,String],ellipsisTagPopoverProps:Object,consistentMenuWidth:{type:Boolean,default:!0},virtualScroll:{type:Boolean,default:!0},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},childrenField:{type:String,default:`children`},renderLabel:Function,renderOption:Function,renderTag:Function,"onUpdate:value":[Function,Array],inputProps:Object,nodeProps:Function,ignoreComposition:{type:Boolean,default:!0},showOnFocus:Boolean,onUpdateValue:[Function,Array],onBlur:[Function,Array],onClear:[Function,Array],onFocus:[Function,Array],onScroll:[Function,Array],onSearch:[Function,Array],onUpdateShow:[Function,Array],"onUpdate:show":[Function,Array],displayDirective:{type:String,default:`show`},resetMenuOnOptionsChange:{type:Boolean,default:!0},status:String,showCheckmark:{type:Boolean,default:!0},scrollbarProps:Object,onChange:[Function,Array],items:Array},jn=x({name:`Select`,props:An,slots:Object,setup(e){let{mergedClsPrefixRef:t,mergedBorderedRef:n,namespaceRef:r,inlineThemeDisabled:i,mergedComponentPropsRef:a}=P(e),s=X(`Select`,`-select`,kn,On,e,t),c=o(e.defaultValue),u=_(e,`value`),d=nt(u,c),f=o(!1),p=o(``),m=ot(e,[`items`,`options`]),h=o([]),v=o([]),y=g(()=>v.value.concat(h.value).concat(m.value)),b=g(()=>{let{filter:t}=e;if(t)return t;let{labelField:n,valueField:r}=e;return(e,t)=>{if(!t)return!1;let i=t[n];if(typeof i==`string`)return Gt(e,i);let a=t[r];return typeof a==`string`?Gt(e,a):typeof a==`number`&&Gt(e,String(a))}}),x=g(()=>{if(e.remote)return m.value;{let{value:t}=y,{value:n}=p;return!n.length||!e.filterable?t:qt(t,b.value,n,e.childrenField)}}),S=g(()=>{let{valueField:t,childrenField:n}=e,r=Kt(t,n);return Ee(x.value,r)}),C=g(()=>Jt(y.value,e.valueField,e.childrenField)),w=o(!1),T=nt(_(e,`show`),w),E=o(null),D=o(null),O=o(null),{localeRef:A}=pe(`Select`),M=g(()=>e.placeholder??A.value.placeholder),N=[],F=o(new Map),I=g(()=>{let{fallbackOption:t}=e;if(t===void 0){let{labelField:t,valueField:n}=e;return e=>({[t]:String(e),[n]:e})}return t===!1?!1:e=>Object.assign(t(e),{value:e})});function L(t){let n=e.remote,{value:r}=F,{value:i}=C,{value:a}=I,o=[];return t.forEach(e=>{if(i.has(e))o.push(i.get(e));else if(n&&r.has(e))o.push(r.get(e));else if(a){let t=a(e);t&&o.push(t)}}),o}let R=g(()=>{if(e.multiple){let{value:e}=d;return Array.isArray(e)?L(e):[]}return null}),z=g(()=>{let{value:t}=d;return!e.multiple&&!Array.isArray(t)?t===null?null:L([t])[0]||null:null}),B=ie(e,{mergedSize:t=>{let{size:n}=e;if(n)return n;let{mergedSize:r}=t||{};return r?.value?r.value:a?.value?.Select?.size||`medium`}}),{mergedSizeRef:H,mergedDisabledRef:U,mergedStatusRef:ee}=B;function W(t,n){let{onChange:r,"onUpdate:value":i,onUpdateValue:a}=e,{nTriggerFormChange:o,nTriggerFormInput:s}=B;r&&j(r,t,n),a&&j(a,t,n),i&&j(i,t,n),c.value=t,o(),s()}function G(t){let{onBlur:n}=e,{nTriggerFormBlur:r}=B;n&&j(n,t),r()}function K(){let{onClear:t}=e;t&&j(t)}function q(t){let{onFocus:n,showOnFocus:r}=e,{nTriggerFormFocus:i}=B;n&&j(n,t),i(),r&&Y()}function J(t){let{onSearch:n}=e;n&&j(n,t)}function te(t){let{onScroll:n}=e;n&&j(n,t)}function ne(){let{remote:t,multiple:n}=e;if(t){let{value:t}=F;if(n){let{valueField:n}=e;R.value?.forEach(e=>{t.set(e[n],e)})}else{let n=z.value;n&&t.set(n[e.valueField],n)}}}function re(t){let{onUpdateShow:n,"onUpdate:show":r}=e;n&&j(n,t),r&&j(r,t),w.value=t}function Y(){U.value||(re(!0),w.value=!0,e.filterable&&Oe())}function ae(){re(!1)}function oe(){p.value=``,v.value=N}let Z=o(!1);function Q(){e.filterable&&(Z.value=!0)}function se(){e.filterable&&(Z.value=!1,T.value||oe())}function ce(){U.value||(T.value?e.filterable?Oe():ae():Y())}function le(e){O.value?.selfRef?.contains(e.relatedTarget)||(f.value=!1,G(e),ae())}function ue(e){q(e),f.value=!0}function de(){f.value=!0}function fe(e){E.value?.$el.contains(e.relatedTarget)||(f.value=!1,G(e),ae())}function me(){E.value?.focus(),ae()}function he(e){T.value&&(E.value?.$el.contains(lt(e))||ae())}function ge(t){if(!Array.isArray(t))return[];if(I.value)return Array.from(t);{let{remote:n}=e,{value:r}=C;if(n){let{value:e}=F;return t.filter(t=>r.has(t)||e.has(t))}return t.filter(e=>r.has(e))}}function _e(e){ve(e.rawNode)}function ve(t){if(U.value)return;let{tag:n,remote:r,clearFilterAfterSelect:i,valueField:a}=e;if(n&&!r){let{value:e}=v,t=e[0]||null;if(t){let e=h.value;e.length?e.push(t):h.value=[t],v.value=N}}if(r&&F.value.set(t[a],t),e.multiple){let e=ge(d.value),o=e.findIndex(e=>e===t[a]);if(~o){if(e.splice(o,1),n&&!r){let e=ye(t[a]);~e&&(h.value.splice(e,1),i&&(p.value=``))}}else e.push(t[a]),i&&(p.value=``);W(e,L(e))}else{if(n&&!r){let e=ye(t[a]);~e?h.value=[h.value[e]]:h.value=N}De(),ae(),W(t[a],t)}}function ye(t){return h.value.findIndex(n=>n[e.valueField]===t)}function be(t){T.value||Y();let{value:n}=t.target;p.value=n;let{tag:r,remote:i}=e;if(J(n),r&&!i){if(!n){v.value=N;return}let{onCreate:t}=e,r=t?t(n):{[e.labelField]:n,[e.valueField]:n},{valueField:i,labelField:a}=e;m.value.some(e=>e[i]===r[i]||e[a]===r[a])||h.value.some(e=>e[i]===r[i]||e[a]===r[a])?v.value=N:v.value=[r]}}function xe(t){t.stopPropagation();let{multiple:n,tag:r,remote:i,clearCreatedOptionsOnClear:a}=e;!n&&e.filterable&&ae(),r&&!i&&a&&(h.value=N),K(),n?W([],[]):W(null,null)}function Se(e){pt(e,`action`)||pt(e,`empty`)||pt(e,`header`)||e.preventDefault()}function we(e){te(e)}function Te(t){if(!e.keyboard)t.preventDefault();else switch(t.key){case` `:if(e.filterable)break;t.preventDefault();case`Enter`:if(!E.value?.isComposing){if(T.value){let t=O.value?.getPendingTmNode();t?_e(t):e.filterable||(ae(),De())}else if(Y(),e.tag&&Z.value){let t=v.value[0];if(t){let n=t[e.valueField],{value:r}=d;e.multiple&&Array.isArray(r)&&r.includes(n)||ve(t)}}}t.preventDefault();break;case`ArrowUp`:if(t.preventDefault(),e.loading)return;T.value&&O.value?.prev();break;case`ArrowDown`:if(t.preventDefault(),e.loading)return;T.value?O.value?.next():Y();break;case`Escape`:T.value&&(Ie(t),ae()),E.value?.focus()}}function De(){E.value?.focus()}function Oe(){E.value?.focusInput()}function ke(){T.value&&D.value?.syncPosition()}ne(),l(_(e,`options`),ne);let Ae={focus:()=>{E.value?.focus()},focusInput:()=>{E.value?.focusInput()},blur:()=>{E.value?.blur()},blurInput:()=>{E.value?.blurInput()}},je=g(()=>{let{self:{menuBoxShadow:e}}=s.value;return{"--n-menu-box-shadow":e}}),Me=i?V(`select`,void 0,je,e):void 0;return{...Ae,mergedStatus:ee,mergedClsPrefix:t,mergedBordered:n,namespace:r,treeMate:S,isMounted:k(),triggerRef:E,menuRef:O,pattern:p,uncontrolledShow:w,mergedShow:T,adjustedTo:Ce(e),uncontrolledValue:c,mergedValue:d,followerRef:D,localizedPlaceholder:M,selectedOption:z,selectedOptions:R,mergedSize:H,mergedDisabled:U,focused:f,activeWithoutMenuOpen:Z,inlineThemeDisabled:i,onTriggerInputFocus:Q,onTriggerInputBlur:se,handleTriggerOrMenuResize:ke,handleMenuFocus:de,handleMenuBlur:fe,handleMenuTabOut:me,handleTriggerClick:ce,handleToggle:_e,handleDeleteOption:ve,handlePatternInput:be,handleClear:xe,handleTriggerBlur:le,handleTriggerFocus:ue,handleKeydown:Te,handleMenuAfterLeave:oe,handleMenuClickOutside:he,handleMenuScroll:we,handleMenuKeydown:Te,handleMenuMousedown:Se,mergedTheme:s,cssVars:i?void 0:je,themeClass:Me?.themeClass,onRender:Me?.onRender}},render(){return r(),v(`div`,{class:z(`${this.mergedClsPrefix}-select`)},[f(it,null,{_:1,default:q(()=>[(r(),d(Ae,null,{_:1,default:q(()=>(r(),d(_n,{ref:`triggerRef`,inlineThemeDisabled:this.inlineThemeDisabled,status:this.mergedStatus,inputProps:this.inputProps,clsPrefix:this.mergedClsPrefix,showArrow:this.showArrow,maxTagCount:this.maxTagCount,ellipsisTagPopoverProps:this.ellipsisTagPopoverProps,bordered:this.mergedBordered,active:this.activeWithoutMenuOpen||this.mergedShow,pattern:this.pattern,placeholder:this.localizedPlaceholder,selectedOption:this.selectedOption,selectedOptions:this.selectedOptions,multiple:this.multiple,renderTag:this.renderTag,renderLabel:this.renderLabel,filterable:this.filterable,clearable:this.clearable,disabled:this.mergedDisabled,size:this.mergedSize,theme:this.mergedTheme.peers.InternalSelection,labelField:this.labelField,valueField:this.valueField,themeOverrides:this.mergedTheme.peerOverrides.InternalSelection,loading:this.loading,focused:this.focused,onClick:this.handleTriggerClick,onDeleteOption:this.handleDeleteOption,onPatternInput:this.handlePatternInput,onClear:this.handleClear,onBlur:this.handleTriggerBlur,onFocus:this.handleTriggerFocus,onKeydown:this.handleKeydown,onPatternBlur:this.onTriggerInputBlur,onPatternFocus:this.onTriggerInputFocus,onResize:this.handleTriggerOrMenuResize,ignoreComposition:this.ignoreComposition},{_:1,arrow:q(()=>[this.$slots.arrow?.()])},8,`inlineThemeDisabled.status.inputProps.clsPrefix.showArrow.maxTagCount.ellipsisTagPopoverProps.bordered.active.pattern.placeholder.selectedOption.selectedOptions.multiple.renderTag.renderLabel.filterable.clearable.disabled.size.theme.labelField.valueField.themeOverrides.loading.focused.onClick.onDeleteOption.onPatternInput.onClear.onBlur.onFocus.onKeydown.onPatternBlur.onPatternFocus.onResize.ignoreComposition`.split(`.`))))})),(r(),d(we,{ref:`followerRef`,show:this.mergedShow,to:this.adjustedTo,teleportDisabled:this.adjustedTo===Ce.tdkey,containerClass:this.namespace,width:this.consistentMenuWidth?`target`:void 0,minWidth:`target`,placement:this.placement},{_:1,default:q(()=>(r(),d(B,{name:`fade-in-scale-up-transition`,appear:this.isMounted,onAfterLeave:this.handleMenuAfterLeave},{_:1,default:q(()=>this.mergedShow||this.displayDirective===`show`?(this.onRender?.(),y((r(),d(Ht,S(this.menuProps,{ref:`menuRef`,onResize:this.handleTriggerOrMenuResize,inlineThemeDisabled:this.inlineThemeDisabled,virtualScroll:this.consistentMenuWidth&&this.virtualScroll,class:[`${this.mergedClsPrefix}-select-menu`,this.themeClass,this.menuProps?.class],clsPrefix:this.mergedClsPrefix,focusable:!0,labelField:this.labelField,valueField:this.valueField,autoPending:!0,nodeProps:this.nodeProps,theme:this.mergedTheme.peers.InternalSelectMenu,themeOverrides:this.mergedTheme.peerOverrides.InternalSelectMenu,treeMate:this.treeMate,multiple:this.multiple,size:this.menuSize,renderOption:this.renderOption,renderLabel:this.renderLabel,value:this.mergedValue,style:[this.menuProps?.style,this.cssVars],onToggle:this.handleToggle,onScroll:this.handleMenuScroll,onFocus:this.handleMenuFocus,onBlur:this.handleMenuBlur,onKeydown:this.handleMenuKeydown,onTabOut:this.handleMenuTabOut,onMousedown:this.handleMenuMousedown,show:this.mergedShow,showCheckmark:this.showCheckmark,resetMenuOnOptionsChange:this.resetMenuOnOptionsChange,scrollbarProps:this.scrollbarProps}),{_:1,empty:q(()=>[this.$slots.empty?.()]),header:q(()=>[this.$slots.header?.()]),action:q(()=>[this.$slots.action?.()])},16,`onResize.inlineThemeDisabled.virtualScroll.class.clsPrefix.labelField.valueField.nodeProps.theme.themeOverrides.treeMate.multiple.size.renderOption.renderLabel.value.style.onToggle.onScroll.onFocus.onBlur.onKeydown.onTabOut.onMousedown.show.showCheckmark.resetMenuOnOptionsChange.scrollbarProps`.split(`.`))),this.displayDirective===`show`?[[fe,this.mergedShow],[Oe,this.handleMenuClickOutside,void 0,{capture:!0}]]:[[Oe,this.handleMenuClickOutside,void 0,{capture:!0}]])):null)},8,[`appear`,`onAfterLeave`])))},8,[`show`,`to`,`teleportDisabled`,`containerClass`,`width`,`placement`]))])})],2)}}),Mn={itemPaddingSmall:`0 4px`,itemMarginSmall:`0 0 0 8px`,itemMarginSmallRtl:`0 8px 0 0`,itemPaddingMedium:`0 4px`,itemMarginMedium:`0 0 0 8px`,itemMarginMediumRtl:`0 8px 0 0`,itemPaddingLarge:`0 4px`,itemMarginLarge:`0 0 0 8px`,itemMarginLargeRtl:`0 8px 0 0`,buttonIconSizeSmall:`14px`,buttonIconSizeMedium:`16px`,buttonIconSizeLarge:`18px`,inputWidthSmall:`60px`,selectWidthSmall:`unset`,inputMarginSmall:`0 0 0 8px`,inputMarginSmallRtl:`0 8px 0 0`,selectMarginSmall:`0 0 0 8px`,prefixMarginSmall:`0 8px 0 0`,suffixMarginSmall:`0 0 0 8px`,inputWidthMedium:`60px`,selectWidthMedium:`unset`,inputMarginMedium:`0 0 0 8px`,inputMarginMediumRtl:`0 8px 0 0`,selectMarginMedium:`0 0 0 8px`,prefixMarginMedium:`0 8px 0 0`,suffixMarginMedium:`0 0 0 8px`,inputWidthLarge:`60px`,selectWidthLarge:`unset`,inputMarginLarge:`0 0 0 8px`,inputMarginLargeRtl:`0 8px 0 0`,selectMarginLarge:`0 0 0 8px`,prefixMarginLarge:`0 8px 0 0`,suffixMarginLarge:`0 0 0 8px`};function Nn(e){let{textColor2:t,primaryColor:n,primaryColorHover:r,primaryColorPressed:i,inputColorDisabled:a,textColorDisabled:o,borderColor:s,borderRadius:c,fontSizeTiny:l,fontSizeSmall:u,fontSizeMedium:d,heightTiny:f,heightSmall:p,heightMedium:m}=e;return{...Mn,buttonColor:`#0000`,buttonColorHover:`#0000`,buttonColorPressed:`#0000`,buttonBorder:`1px solid ${s}`,buttonBorderHover:`1px solid ${s}`,buttonBorderPressed:`1px solid ${s}`,buttonIconColor:t,buttonIconColorHover:t,buttonIconColorPressed:t,itemTextColor:t,itemTextColorHover:r,itemTextColorPressed:i,itemTextColorActive:n,itemTextColorDisabled:o,itemColor:`#0000`,itemColorHover:`#0000`,itemColorPressed:`#0000`,itemColorActive:`#0000`,itemColorActiveHover:`#0000`,itemColorDisabled:a,itemBorder:`1px solid #0000`,itemBorderHover:`1px solid #0000`,itemBorderPressed:`1px solid #0000`,itemBorderActive:`1px solid ${n}`,itemBorderDisabled:`1px solid ${s}`,itemBorderRadius:c,itemSizeSmall:f,itemSizeMedium:p,itemSizeLarge:m,itemFontSizeSmall:l,itemFontSizeMedium:u,itemFontSizeLarge:d,jumperFontSizeSmall:l,jumperFontSizeMedium:u,jumperFontSizeLarge:d,jumperTextColor:t,jumperTextColorDisabled:o}}var Pn=T({name:`Pagination`,common:U,peers:{Select:On,Input:be,Popselect:yn},self:Nn}),Fn={tiny:`mini`,small:`tiny`,medium:`small`,large:`medium`,huge:`large`};function In(e){let t=Fn[e];if(t===void 0)throw Error(`${e} has no smaller size.`);return t}var Ln=x({name:`Backward`,render(){return(()=>{let e=I(`20cdf29399dd0749`);return e[0]||=b(`svg`,{viewBox:`0 0 20 20`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[b(`path`,{d:`M12.2674 15.793C11.9675 16.0787 11.4927 16.0672 11.2071 15.7673L6.20572 10.5168C5.9298 10.2271 5.9298 9.7719 6.20572 9.48223L11.2071 4.23177C11.4927 3.93184 11.9675 3.92031 12.2674 4.206C12.5673 4.49169 12.5789 4.96642 12.2932 5.26634L7.78458 9.99952L12.2932 14.7327C12.5789 15.0326 12.5673 15.5074 12.2674 15.793Z`,fill:`currentColor`})],-1)})()}}),Rn=x({name:`FastBackward`,render(){return(()=>{let e=I(`9d0d04cc580afefa`);return e[0]||=b(`svg`,{viewBox:`0 0 20 20`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[b(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[b(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[b(`path`,{d:`M8.73171,16.7949 C9.03264,17.0795 9.50733,17.0663 9.79196,16.7654 C10.0766,16.4644 10.0634,15.9897 9.76243,15.7051 L4.52339,10.75 L17.2471,10.75 C17.6613,10.75 17.9971,10.4142 17.9971,10 C17.9971,9.58579 17.6613,9.25 17.2471,9.25 L4.52112,9.25 L9.76243,4.29275 C10.0634,4.00812 10.0766,3.53343 9.79196,3.2325 C9.50733,2.93156 9.03264,2.91834 8.73171,3.20297 L2.31449,9.27241 C2.14819,9.4297 2.04819,9.62981 2.01448,9.8386 C2.00308,9.89058 1.99707,9.94459 1.99707,10 C1.99707,10.0576 2.00356,10.1137 2.01585,10.1675 C2.05084,10.3733 2.15039,10.5702 2.31449,10.7254 L8.73171,16.7949 Z`})])])],-1)})()}}),zn=x({name:`FastForward`,render(){return(()=>{let e=I(`c2e477dd1211740a`);return e[0]||=b(`svg`,{viewBox:`0 0 20 20`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[b(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[b(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[b(`path`,{d:`M11.2654,3.20511 C10.9644,2.92049 10.4897,2.93371 10.2051,3.23464 C9.92049,3.53558 9.93371,4.01027 10.2346,4.29489 L15.4737,9.25 L2.75,9.25 C2.33579,9.25 2,9.58579 2,10.0000012 C2,10.4142 2.33579,10.75 2.75,10.75 L15.476,10.75 L10.2346,15.7073 C9.93371,15.9919 9.92049,16.4666 10.2051,16.7675 C10.4897,17.0684 10.9644,17.0817 11.2654,16.797 L17.6826,10.7276 C17.8489,10.5703 17.9489,10.3702 17.9826,10.1614 C17.994,10.1094 18,10.0554 18,10.0000012 C18,9.94241 17.9935,9.88633 17.9812,9.83246 C17.9462,9.62667 17.8467,9.42976 17.6826,9.27455 L11.2654,3.20511 Z`})])])],-1)})()}}),Bn=x({name:`Forward`,render(){return(()=>{let e=I(`6fb2c33c1e576c93`);return e[0]||=b(`svg`,{viewBox:`0 0 20 20`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[b(`path`,{d:`M7.73271 4.20694C8.03263 3.92125 8.50737 3.93279 8.79306 4.23271L13.7944 9.48318C14.0703 9.77285 14.0703 10.2281 13.7944 10.5178L8.79306 15.7682C8.50737 16.0681 8.03263 16.0797 7.73271 15.794C7.43279 15.5083 7.42125 15.0336 7.70694 14.7336L12.2155 10.0005L7.70694 5.26729C7.42125 4.96737 7.43279 4.49264 7.73271 4.20694Z`,fill:`currentColor`})],-1)})()}}),Vn=x({name:`More`,render(){return(()=>{let e=I(`e4a3e3d3803c676d`);return e[0]||=b(`svg`,{viewBox:`0 0 16 16`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[b(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[b(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[b(`path`,{d:`M4,7 C4.55228,7 5,7.44772 5,8 C5,8.55229 4.55228,9 4,9 C3.44772,9 3,8.55229 3,8 C3,7.44772 3.44772,7 4,7 Z M8,7 C8.55229,7 9,7.44772 9,8 C9,8.55229 8.55229,9 8,9 C7.44772,9 7,8.55229 7,8 C7,7.44772 7.44772,7 8,7 Z M12,7 C12.5523,7 13,7.44772 13,8 C13,8.55229 12.5523,9 12,9 C11.4477,9 11,8.55229 11,8 C11,7.44772 11.4477,7 12,7 Z`})])])],-1)})()}}),Hn=`
 background: var(--n-item-color-hover);
 color: var(--n-item-text-color-hover);
 border: var(--n-item-border-hover);
`,Un=[E(`button`,`
 background: var(--n-button-color-hover);
 border: var(--n-button-border-hover);
 color: var(--n-button-icon-color-hover);
 `)],Wn=A(`pagination`,`
 display: flex;
 vertical-align: middle;
 font-size: var(--n-item-font-size);
 flex-wrap: nowrap;
`,[A(`pagination-prefix`,`
 display: flex;
 align-items: center;
 margin: var(--n-prefix-margin);
 `),A(`pagination-suffix`,`
 display: flex;
 align-items: center;
 margin: var(--n-suffix-margin);
 `),M(`> *:not(:first-child)`,`
 margin: var(--n-item-margin);
 `),A(`select`,`
 width: var(--n-select-width);
 `),M(`&.transition-disabled`,[A(`pagination-item`,`transition: none!important;`)]),A(`pagination-quick-jumper`,`
 white-space: nowrap;
 display: flex;
 color: var(--n-jumper-text-color);
 transition: color .3s var(--n-bezier);
 align-items: center;
 font-size: var(--n-jumper-font-size);
 `,[A(`input`,`
 margin: var(--n-input-margin);
 width: var(--n-input-width);
 `)]),A(`pagination-item`,`
 position: relative;
 cursor: pointer;
 user-select: none;
 -webkit-user-select: none;
 display: flex;
 align-items: center;
 justify-content: center;
 box-sizing: border-box;
 min-width: var(--n-item-size);
 height: var(--n-item-size);
 padding: var(--n-item-padding);
 background-color: var(--n-item-color);
 color: var(--n-item-text-color);
 border-radius: var(--n-item-border-radius);
 border: var(--n-item-border);
 fill: var(--n-button-icon-color);
 transition:
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 fill .3s var(--n-bezier);
 `,[E(`button`,`
 background: var(--n-button-color);
 color: var(--n-button-icon-color);
 border: var(--n-button-border);
 padding: 0;
 `,[A(`base-icon`,`
 font-size: var(--n-button-icon-size);
 `)]),oe(`disabled`,[E(`hover`,Hn,Un),M(`&:hover`,Hn,Un),M(`&:active`,`
 background: var(--n-item-color-pressed);
 color: var(--n-item-text-color-pressed);
 border: var(--n-item-border-pressed);
 `,[E(`button`,`
 background: var(--n-button-color-pressed);
 border: var(--n-button-border-pressed);
 color: var(--n-button-icon-color-pressed);
 `)]),E(`active`,`
 background: var(--n-item-color-active);
 color: var(--n-item-text-color-active);
 border: var(--n-item-border-active);
 `,[M(`&:hover`,`
 background: var(--n-item-color-active-hover);
 `)])]),E(`disabled`,`
 cursor: not-allowed;
 color: var(--n-item-text-color-disabled);
 `,[E(`active, button`,`
 background-color: var(--n-item-color-disabled);
 border: var(--n-item-border-disabled);
 `)])]),E(`disabled`,`
 cursor: not-allowed;
 `,[A(`pagination-quick-jumper`,`
 color: var(--n-jumper-text-color-disabled);
 `)]),E(`simple`,`
 display: flex;
 align-items: center;
 flex-wrap: nowrap;
 `,[A(`pagination-quick-jumper`,[A(`input`,`
 margin: 0;
 `)])])]);function Gn(e){if(!e)return 10;let{defaultPageSize:t}=e;if(t!==void 0)return t;let n=e.pageSizes?.[0];return typeof n==`number`?n:n?.value||10}function Kn(e,t,n,r){let i=!1,a=!1,o=1,s=t;if(t===1)return{hasFastBackward:!1,hasFastForward:!1,fastForwardTo:s,fastBackwardTo:o,items:[{type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1}]};if(t===2)return{hasFastBackward:!1,hasFastForward:!1,fastForwardTo:s,fastBackwardTo:o,items:[{type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1},{type:`page`,label:2,active:e===2,mayBeFastBackward:!0,mayBeFastForward:!1}]};let c=t,l=e,u=e,d=(n-5)/2;u+=Math.ceil(d),u=Math.min(Math.max(u,1+n-3),c-2),l-=Math.floor(d),l=Math.max(Math.min(l,c-n+3),3);let f=!1,p=!1;l>3&&(f=!0),u<c-2&&(p=!0);let m=[];m.push({type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1}),f?(i=!0,o=l-1,m.push({type:`fast-backward`,active:!1,label:void 0,options:r?qn(2,l-1):null})):c>=2&&m.push({type:`page`,label:2,mayBeFastBackward:!0,mayBeFastForward:!1,active:e===2});for(let t=l;t<=u;++t)m.push({type:`page`,label:t,mayBeFastBackward:!1,mayBeFastForward:!1,active:e===t});return p?(a=!0,s=u+1,m.push({type:`fast-forward`,active:!1,label:void 0,options:r?qn(u+1,c-1):null})):u===c-2&&m[m.length-1].label!==c-1&&m.push({type:`page`,mayBeFastForward:!0,mayBeFastBackward:!1,label:c-1,active:e===c-1}),m[m.length-1].label!==c&&m.push({type:`page`,mayBeFastForward:!1,mayBeFastBackward:!1,label:c,active:e===c}),{hasFastBackward:i,hasFastForward:a,fastBackwardTo:o,fastForwardTo:s,items:m}}function qn(e,t){let n=[];for(let r=e;r<=t;++r)n.push({label:`${r}`,value:r});return n}var Jn=[`onClick`,`onMouseenter`,`onMouseleave`],Yn=[`onClick`],Xn=[`onClick`],Zn={...X.props,simple:Boolean,page:Number,defaultPage:{type:Number,default:1},itemCount:Number,pageCount:Number,defaultPageCount:{type:Number,default:1},showSizePicker:Boolean,pageSize:Number,defaultPageSize:Number,pageSizes:{type:Array,default(){return[10]}},showQuickJumper:Boolean,size:String,disabled:Boolean,pageSlot:{type:Number,default:9},selectProps:Object,prev:Function,next:Function,goto:Function,prefix:Function,suffix:Function,label:Function,displayOrder:{type:Array,default:[`pages`,`size-picker`,`quick-jumper`]},to:Ce.propTo,showQuickJumpDropdown:{type:Boolean,default:!0},scrollbarProps:Object,"onUpdate:page":[Function,Array],onUpdatePage:[Function,Array],"onUpdate:pageSize":[Function,Array],onUpdatePageSize:[Function,Array],onPageSizeChange:[Function,Array],onChange:[Function,Array]},Qn=x({name:`Pagination`,props:Zn,slots:Object,setup(e){let{mergedComponentPropsRef:t,mergedClsPrefixRef:n,inlineThemeDisabled:r,mergedRtlRef:i}=P(e),a=g(()=>e.size||t?.value?.Pagination?.size||`medium`),s=X(`Pagination`,`-pagination`,Wn,Pn,e,n),{localeRef:l}=pe(`Pagination`),d=o(null),f=o(e.defaultPage),p=o(Gn(e)),m=nt(_(e,`page`),f),h=nt(_(e,`pageSize`),p),v=g(()=>{let{itemCount:t}=e;if(t!==void 0)return Math.max(1,Math.ceil(t/h.value));let{pageCount:n}=e;return n===void 0?1:Math.max(n,1)}),y=o(``);u(()=>{e.simple,y.value=String(m.value)});let b=o(!1),x=o(!1),S=o(!1),C=o(!1),w=()=>{e.disabled||(b.value=!0,z())},T=()=>{e.disabled||(b.value=!1,z())},E=()=>{x.value=!0,z()},D=()=>{x.value=!1,z()},O=e=>{B(e)},k=g(()=>Kn(m.value,v.value,e.pageSlot,e.showQuickJumpDropdown));u(()=>{k.value.hasFastBackward?k.value.hasFastForward||(b.value=!1,S.value=!1):(x.value=!1,C.value=!1)});let A=g(()=>{let t=l.value.selectionSuffix;return e.pageSizes.map(e=>typeof e==`number`?{label:`${e} / ${t}`,value:e}:e)}),M=g(()=>t?.value?.Pagination?.inputSize||In(a.value)),N=g(()=>t?.value?.Pagination?.selectSize||In(a.value)),F=g(()=>(m.value-1)*h.value),I=g(()=>{let t=m.value*h.value-1,{itemCount:n}=e;return n===void 0?t:t>n-1?n-1:t}),L=g(()=>{let{itemCount:t}=e;return t===void 0?(e.pageCount||1)*h.value:t}),R=Y(`Pagination`,i,n);function z(){c(()=>{let{value:e}=d;e&&(e.classList.add(`transition-disabled`),d.value?.offsetWidth,e.classList.remove(`transition-disabled`))})}function B(t){if(t===m.value)return;let{"onUpdate:page":n,onUpdatePage:r,onChange:i,simple:a}=e;n&&j(n,t),r&&j(r,t),i&&j(i,t),f.value=t,a&&(y.value=String(t))}function U(t){if(t===h.value)return;let{"onUpdate:pageSize":n,onUpdatePageSize:r,onPageSizeChange:i}=e;n&&j(n,t),r&&j(r,t),i&&j(i,t),p.value=t,v.value<m.value&&B(v.value)}function ee(){e.disabled||B(Math.min(m.value+1,v.value))}function W(){e.disabled||B(Math.max(m.value-1,1))}function G(){e.disabled||B(Math.min(k.value.fastForwardTo,v.value))}function K(){e.disabled||B(Math.max(k.value.fastBackwardTo,1))}function q(e){U(e)}function J(){let t=Number.parseInt(y.value);Number.isNaN(t)||(B(Math.max(1,Math.min(t,v.value))),e.simple||(y.value=``))}function te(){J()}function ne(t){if(!e.disabled)switch(t.type){case`page`:B(t.label);break;case`fast-backward`:K();break;case`fast-forward`:G()}}function re(e){y.value=e.replace(/\D+/g,``)}u(()=>{m.value,h.value,z()});let ie=g(()=>{let e=a.value,{self:{buttonBorder:t,buttonBorderHover:n,buttonBorderPressed:r,buttonIconColor:i,buttonIconColorHover:o,buttonIconColorPressed:c,itemTextColor:l,itemTextColorHover:u,itemTextColorPressed:d,itemTextColorActive:f,itemTextColorDisabled:p,itemColor:m,itemColorHover:h,itemColorPressed:g,itemColorActive:_,itemColorActiveHover:v,itemColorDisabled:y,itemBorder:b,itemBorderHover:x,itemBorderPressed:S,itemBorderActive:C,itemBorderDisabled:w,itemBorderRadius:T,jumperTextColor:E,jumperTextColorDisabled:D,buttonColor:O,buttonColorHover:k,buttonColorPressed:A,[H(`itemPadding`,e)]:j,[H(`itemMargin`,e)]:M,[H(`inputWidth`,e)]:N,[H(`selectWidth`,e)]:P,[H(`inputMargin`,e)]:F,[H(`selectMargin`,e)]:I,[H(`jumperFontSize`,e)]:L,[H(`prefixMargin`,e)]:R,[H(`suffixMargin`,e)]:z,[H(`itemSize`,e)]:B,[H(`buttonIconSize`,e)]:V,[H(`itemFontSize`,e)]:U,[`${H(`itemMargin`,e)}Rtl`]:ee,[`${H(`inputMargin`,e)}Rtl`]:W},common:{cubicBezierEaseInOut:G}}=s.value;return{"--n-prefix-margin":R,"--n-suffix-margin":z,"--n-item-font-size":U,"--n-select-width":P,"--n-select-margin":I,"--n-input-width":N,"--n-input-margin":F,"--n-input-margin-rtl":W,"--n-item-size":B,"--n-item-text-color":l,"--n-item-text-color-disabled":p,"--n-item-text-color-hover":u,"--n-item-text-color-active":f,"--n-item-text-color-pressed":d,"--n-item-color":m,"--n-item-color-hover":h,"--n-item-color-disabled":y,"--n-item-color-active":_,"--n-item-color-active-hover":v,"--n-item-color-pressed":g,"--n-item-border":b,"--n-item-border-hover":x,"--n-item-border-disabled":w,"--n-item-border-active":C,"--n-item-border-pressed":S,"--n-item-padding":j,"--n-item-border-radius":T,"--n-bezier":G,"--n-jumper-font-size":L,"--n-jumper-text-color":E,"--n-jumper-text-color-disabled":D,"--n-item-margin":M,"--n-item-margin-rtl":ee,"--n-button-icon-size":V,"--n-button-icon-color":i,"--n-button-icon-color-hover":o,"--n-button-icon-color-pressed":c,"--n-button-color-hover":k,"--n-button-color":O,"--n-button-color-pressed":A,"--n-button-border":t,"--n-button-border-hover":n,"--n-button-border-pressed":r}}),ae=r?V(`pagination`,g(()=>{let e=``;return e+=a.value[0],e}),ie,e):void 0;return{rtlEnabled:R,mergedClsPrefix:n,locale:l,selfRef:d,mergedPage:m,pageItems:g(()=>k.value.items),mergedItemCount:L,jumperValue:y,pageSizeOptions:A,mergedPageSize:h,inputSize:M,selectSize:N,mergedTheme:s,mergedPageCount:v,startIndex:F,endIndex:I,showFastForwardMenu:S,showFastBackwardMenu:C,fastForwardActive:b,fastBackwardActive:x,handleMenuSelect:O,handleFastForwardMouseenter:w,handleFastForwardMouseleave:T,handleFastBackwardMouseenter:E,handleFastBackwardMouseleave:D,handleJumperInput:re,handleBackwardClick:W,handleForwardClick:ee,handlePageItemClick:ne,handleSizePickerChange:q,handleQuickJumperChange:te,cssVars:r?void 0:ie,themeClass:ae?.themeClass,onRender:ae?.onRender}},render(){let{$slots:e,mergedClsPrefix:t,disabled:n,cssVars:i,mergedPage:a,mergedPageCount:o,pageItems:s,showSizePicker:c,showQuickJumper:l,mergedTheme:u,locale:f,inputSize:m,selectSize:h,mergedPageSize:g,pageSizeOptions:_,jumperValue:y,simple:x,prev:C,next:T,prefix:E,suffix:k,label:A,goto:j,handleJumperInput:M,handleSizePickerChange:N,handleBackwardClick:P,handlePageItemClick:F,handleForwardClick:L,handleQuickJumperChange:R,onRender:B}=this;B?.();let V=E||e.prefix,H=k||e.suffix,U=C||e.prev,ee=T||e.next,W=A||e.label;return r(),v(`div`,{ref:`selfRef`,class:z([`${t}-pagination`,this.themeClass,this.rtlEnabled&&`${t}-pagination--rtl`,n&&`${t}-pagination--disabled`,x&&`${t}-pagination--simple`]),style:w(i)},[V?(r(),v(`div`,{key:0,class:z(`${t}-pagination-prefix`)},[D(()=>V({page:a,pageSize:g,pageCount:o,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],2)):D(()=>null),D(()=>this.displayOrder.map(e=>{switch(e){case`pages`:return(()=>{let e=I(`9d36e2972681a71c`);return r(),v(p,{key:`pages`},[b(`div`,{class:z([`${t}-pagination-item`,!U&&`${t}-pagination-item--button`,(a<=1||a>o||n)&&`${t}-pagination-item--disabled`]),onClick:P},[U?(r(),v(p,{key:0},[D(()=>U({page:a,pageSize:g,pageCount:o,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],64)):(r(),d(Z,{key:1,clsPrefix:t},{default:()=>this.rtlEnabled?(r(),d(Bn,{key:2})):(r(),d(Ln,{key:3}))},1032,[`clsPrefix`]))],10,Yn),x?(r(),v(p,{key:0},[b(`div`,{class:z(`${t}-pagination-quick-jumper`)},[(r(),d(Se,{value:y,onUpdateValue:M,size:m,placeholder:``,disabled:n,theme:u.peers.Input,themeOverrides:u.peerOverrides.Input,onChange:R},null,8,[`value`,`onUpdateValue`,`size`,`disabled`,`theme`,`themeOverrides`,`onChange`]))],2),e[0]||=D(`\xA0/`,-1),e[1]||=D(` `,-1),D(()=>o)],64)):(r(),v(p,{key:1},[D(()=>s.map(e=>{let i,a,o,{type:s}=e,c=s===`page`?`page-${e.label}`:s;switch(s){case`page`:let n=e.label;i=W?W({type:`page`,node:n,active:e.active}):n;break;case`fast-forward`:let s=this.fastForwardActive?(r(),d(Z,{key:6,clsPrefix:t},{default:()=>this.rtlEnabled?(r(),d(Rn,{key:7})):(r(),d(zn,{key:8}))},1032,[`clsPrefix`])):(r(),d(Z,{key:9,clsPrefix:t},{default:()=>(r(),d(Vn))},1032,[`clsPrefix`]));i=W?W({type:`fast-forward`,node:s,active:this.fastForwardActive||this.showFastForwardMenu}):s,a=this.handleFastForwardMouseenter,o=this.handleFastForwardMouseleave;break;case`fast-backward`:let c=this.fastBackwardActive?(r(),d(Z,{key:10,clsPrefix:t},{default:()=>this.rtlEnabled?(r(),d(zn,{key:11})):(r(),d(Rn,{key:12}))},1032,[`clsPrefix`])):(r(),d(Z,{key:13,clsPrefix:t},{default:()=>(r(),d(Vn))},1032,[`clsPrefix`]));i=W?W({type:`fast-backward`,node:c,active:this.fastBackwardActive||this.showFastBackwardMenu}):c,a=this.handleFastBackwardMouseenter,o=this.handleFastBackwardMouseleave}let l=(r(),v(`div`,{key:c,class:z([`${t}-pagination-item`,e.active&&`${t}-pagination-item--active`,s!==`page`&&(s===`fast-backward`&&this.showFastBackwardMenu||s===`fast-forward`&&this.showFastForwardMenu)&&`${t}-pagination-item--hover`,n&&`${t}-pagination-item--disabled`,s===`page`&&`${t}-pagination-item--clickable`]),onClick:()=>{F(e)},onMouseenter:a,onMouseleave:o},[D(()=>i)],42,Jn));return s===`page`||!e.options?l:(r(),d(En,{to:this.to,key:c,disabled:n,trigger:`hover`,virtualScroll:!0,style:{width:`60px`},theme:u.peers.Popselect,themeOverrides:u.peerOverrides.Popselect,builtinThemeOverrides:{peers:{InternalSelectMenu:{height:`calc(var(--n-option-height) * 4.6)`}}},nodeProps:()=>({style:{justifyContent:`center`}}),show:s===`fast-backward`?this.showFastBackwardMenu:this.showFastForwardMenu,onUpdateShow:e=>{e?s===`fast-backward`?this.showFastBackwardMenu=e:this.showFastForwardMenu=e:(this.showFastBackwardMenu=!1,this.showFastForwardMenu=!1)},options:e.options,onUpdateValue:this.handleMenuSelect,scrollable:!0,scrollbarProps:this.scrollbarProps,showCheckmark:!1},{default:()=>l},1032,[`to`,`disabled`,`theme`,`themeOverrides`,`show`,`onUpdateShow`,`options`,`onUpdateValue`,`scrollbarProps`]))}))],64)),b(`div`,{class:z([`${t}-pagination-item`,!ee&&`${t}-pagination-item--button`,{[`${t}-pagination-item--disabled`]:a<1||a>=o||n}]),onClick:L},[ee?(r(),v(p,{key:0},[D(()=>ee({page:a,pageSize:g,pageCount:o,itemCount:this.mergedItemCount,startIndex:this.startIndex,endIndex:this.endIndex}))],64)):(r(),d(Z,{key:1,clsPrefix:t},{default:()=>this.rtlEnabled?(r(),d(Ln,{key:4})):(r(),d(Bn,{key:5}))},1032,[`clsPrefix`]))],10,Xn)],64)})();case`size-picker`:return!x&&c?(r(),d(jn,S({key:14,consistentMenuWidth:!1,placeholder:``,showCheckmark:!1,to:this.to},this.selectProps,{size:h,options:_,value:g,disabled:n,scrollbarProps:this.scrollbarProps,theme:u.peers.Select,themeOverrides:u.peerOverrides.Select,onUpdateValue:N}),null,16,[`to`,`size`,`options`,`value`,`disabled`,`scrollbarProps`,`theme`,`themeOverrides`,`onUpdateValue`])):null;case`quick-jumper`:return!x&&l?(r(),v(`div`,{key:15,class:z(`${t}-pagination-quick-jumper`)},[j?(r(),v(p,{key:0},[D(()=>j())],64)):(r(),v(p,{key:1},[D(()=>O(this.$slots.goto,()=>[f.goto]))],64)),(r(),d(Se,{value:y,onUpdateValue:M,size:m,placeholder:``,disabled:n,theme:u.peers.Input,themeOverrides:u.peerOverrides.Input,onChange:R},null,8,[`value`,`onUpdateValue`,`size`,`disabled`,`theme`,`themeOverrides`,`onChange`]))],2)):null;default:return null}})),H?(r(),v(`div`,{key:2,class:z(`${t}-pagination-suffix`)},[D(()=>H({page:a,pageSize:g,pageCount:o,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],2)):D(()=>null)],6)}}),$n=T({name:`Ellipsis`,common:U,peers:{Tooltip:He}}),er={thPaddingSmall:`8px`,thPaddingMedium:`12px`,thPaddingLarge:`12px`,tdPaddingSmall:`8px`,tdPaddingMedium:`12px`,tdPaddingLarge:`12px`,sorterSize:`15px`,resizableContainerSize:`8px`,resizableSize:`2px`,filterSize:`15px`,paginationMargin:`12px 0 0 0`,emptyPadding:`48px 0`,actionPadding:`8px 12px`,actionButtonMargin:`0 8px 0 0`};function tr(e){let{cardColor:t,modalColor:n,popoverColor:r,textColor2:i,textColor1:a,tableHeaderColor:o,tableColorHover:s,iconColor:c,primaryColor:l,fontWeightStrong:u,borderRadius:d,lineHeight:f,fontSizeSmall:p,fontSizeMedium:m,fontSizeLarge:h,dividerColor:g,heightSmall:_,opacityDisabled:v,tableColorStriped:y}=e;return{...er,actionDividerColor:g,lineHeight:f,borderRadius:d,fontSizeSmall:p,fontSizeMedium:m,fontSizeLarge:h,borderColor:N(t,g),tdColorHover:N(t,s),tdColorSorting:N(t,s),tdColorStriped:N(t,y),thColor:N(t,o),thColorHover:N(N(t,o),s),thColorSorting:N(N(t,o),s),tdColor:t,tdTextColor:i,thTextColor:a,thFontWeight:u,thButtonColorHover:s,thIconColor:c,thIconColorActive:l,borderColorModal:N(n,g),tdColorHoverModal:N(n,s),tdColorSortingModal:N(n,s),tdColorStripedModal:N(n,y),thColorModal:N(n,o),thColorHoverModal:N(N(n,o),s),thColorSortingModal:N(N(n,o),s),tdColorModal:n,borderColorPopover:N(r,g),tdColorHoverPopover:N(r,s),tdColorSortingPopover:N(r,s),tdColorStripedPopover:N(r,y),thColorPopover:N(r,o),thColorHoverPopover:N(N(r,o),s),thColorSortingPopover:N(N(r,o),s),tdColorPopover:r,boxShadowBefore:`inset -12px 0 8px -12px rgba(0, 0, 0, .18)`,boxShadowAfter:`inset 12px 0 8px -12px rgba(0, 0, 0, .18)`,loadingColor:l,loadingSize:_,opacityLoading:v}}var nr=T({name:`DataTable`,common:U,peers:{Button:ae,Checkbox:Zt,Radio:_e,Pagination:Pn,Scrollbar:Ke,Empty:me,Popover:Ge,Ellipsis:$n,Dropdown:ct},self:tr}),rr={...X.props,onUnstableColumnResize:Function,pagination:{type:[Object,Boolean],default:!1},paginateSinglePage:{type:Boolean,default:!0},minHeight:[Number,String],maxHeight:[Number,String],columns:{type:Array,default:()=>[]},rowClassName:[String,Function],rowProps:Function,rowKey:Function,summary:[Function],data:{type:Array,default:()=>[]},loading:Boolean,bordered:{type:Boolean,default:void 0},bottomBordered:{type:Boolean,default:void 0},striped:Boolean,scrollX:[Number,String],defaultCheckedRowKeys:{type:Array,default:()=>[]},checkedRowKeys:Array,singleLine:{type:Boolean,default:!0},singleColumn:Boolean,size:String,remote:Boolean,defaultExpandedRowKeys:{type:Array,default:[]},defaultExpandAll:Boolean,expandedRowKeys:Array,stickyExpandedRows:Boolean,virtualScroll:Boolean,virtualScrollX:Boolean,virtualScrollHeader:Boolean,headerHeight:{type:Number,default:28},heightForRow:Function,minRowHeight:{type:Number,default:28},tableLayout:{type:String,default:`auto`},allowCheckingNotLoaded:Boolean,cascade:{type:Boolean,default:!0},childrenKey:{type:String,default:`children`},indent:{type:Number,default:16},flexHeight:Boolean,summaryPlacement:{type:String,default:`bottom`},paginationBehaviorOnFilter:{type:String,default:`current`},filterIconPopoverProps:Object,scrollbarProps:Object,renderCell:Function,renderExpandIcon:Function,spinProps:Object,getCsvCell:Function,getCsvHeader:Function,onLoad:Function,"onUpdate:page":[Function,Array],onUpdatePage:[Function,Array],"onUpdate:pageSize":[Function,Array],onUpdatePageSize:[Function,Array],"onUpdate:sorter":[Function,Array],onUpdateSorter:[Function,Array],"onUpdate:filters":[Function,Array],onUpdateFilters:[Function,Array],"onUpdate:checkedRowKeys":[Function,Array],onUpdateCheckedRowKeys:[Function,Array],"onUpdate:expandedRowKeys":[Function,Array],onUpdateExpandedRowKeys:[Function,Array],onScroll:Function,onPageChange:[Function,Array],onPageSizeChange:[Function,Array],onSorterChange:[Function,Array],onFiltersChange:[Function,Array],onCheckedRowKeysChange:[Function,Array]},ir=L(`n-data-table`),ar=A(`ellipsis`,{overflow:`hidden`},[oe(`line-clamp`,`
 white-space: nowrap;
 display: inline-block;
 vertical-align: bottom;
 max-width: 100%;
 `),E(`line-clamp`,`
 display: -webkit-inline-box;
 -webkit-box-orient: vertical;
 `),E(`cursor-pointer`,`
 cursor: pointer;
 `)]),or=[`onClick`];function sr(e){return`${e}-ellipsis--line-clamp`}function cr(e,t){return`${e}-ellipsis--cursor-${t}`}var lr={...X.props,expandTrigger:String,lineClamp:[Number,String],tooltip:{type:[Boolean,Object],default:!0}},ur=x({name:`Ellipsis`,inheritAttrs:!1,props:lr,slots:Object,setup(e,{slots:t,attrs:n}){let i=R(),a=X(`Ellipsis`,`-ellipsis`,ar,$n,e,i),s=o(null),c=o(null),l=o(null),u=o(!1),d=g(()=>{let{lineClamp:t}=e,{value:n}=u;return t===void 0?{textOverflow:n?``:`ellipsis`,"-webkit-line-clamp":``}:{textOverflow:``,"-webkit-line-clamp":n?``:t}});function f(){let t=!1,{value:n}=u;if(n)return!0;let{value:r}=s;if(r){let{lineClamp:n}=e;if(y(r),n!==void 0)t=r.scrollHeight<=r.offsetHeight;else{let{value:e}=c;e&&(t=e.getBoundingClientRect().width<=r.getBoundingClientRect().width)}b(r,t)}return t}function m(){if(e.expandTrigger!==`click`)return;let{value:t}=u;t&&l.value?.setShow(!1),u.value=!t}h(()=>{e.tooltip&&l.value?.setShow(!1)});let _=()=>(()=>{let a=I(`c61f52eafd841df5`);return r(),v(`span`,S(S(n,{class:[`${i.value}-ellipsis`,e.lineClamp===void 0?void 0:sr(i.value),e.expandTrigger===`click`?cr(i.value,`pointer`):void 0],style:d.value}),{ref:`triggerRef`,onClick:m,onMouseenter:a[0]||=e.expandTrigger===`click`?f:void 0}),[e.lineClamp?(r(),v(p,{key:0},[D(()=>t.default?.())],64)):(r(),v(`span`,{key:1,ref:`triggerInnerRef`},[D(()=>t.default?.())],512))],16,or)})();function y(t){if(!t)return;let n=d.value,r=sr(i.value);e.lineClamp===void 0?x(t,r,`remove`):x(t,r,`add`);for(let e in n)t.style[e]!==n[e]&&(t.style[e]=n[e])}function b(t,n){let r=cr(i.value,`pointer`);e.expandTrigger===`click`&&!n?x(t,r,`add`):x(t,r,`remove`)}function x(e,t,n){n===`add`?e.classList.contains(t)||e.classList.add(t):e.classList.contains(t)&&e.classList.remove(t)}return{mergedTheme:a,triggerRef:s,triggerInnerRef:c,tooltipRef:l,renderTrigger:_,getTooltipDisabled:f}},render(){let{tooltip:e,renderTrigger:t,$slots:n}=this;if(e){let{mergedTheme:i}=this;return r(),d(qe,S({key:1,ref:`tooltipRef`,placement:`top`},e,{getDisabled:this.getTooltipDisabled,theme:i.peers.Tooltip,themeOverrides:i.peerOverrides.Tooltip}),{trigger:t,default:n.tooltip??n.default},1040,[`getDisabled`,`theme`,`themeOverrides`])}return t()}}),dr=x({name:`PerformantEllipsis`,props:lr,inheritAttrs:!1,setup(e,{attrs:t,slots:n}){let i=o(!1),a=R();return te(`-ellipsis`,ar,a),{mouseEntered:i,renderTrigger:()=>{let{lineClamp:o}=e,s=a.value;return(()=>{let a=I(`dba02f32d69b23e6`);return r(),v(`span`,S(S(t,{class:[`${s}-ellipsis`,o===void 0?void 0:sr(s),e.expandTrigger===`click`?cr(s,`pointer`):void 0],style:o===void 0?{textOverflow:`ellipsis`}:{"-webkit-line-clamp":o}}),{onMouseenter:a[0]||=()=>{i.value=!0}}),[o?(r(),v(p,{key:0},[D(()=>n.default?.())],64)):(r(),v(`span`,{key:1},[D(()=>n.default?.())]))],16)})()}}},render(){return this.mouseEntered?C(ur,S({},this.$attrs,this.$props),this.$slots):this.renderTrigger()}});function fr(e){if(e.type===`selection`||e.type===`expand`)return e.width===void 0?40:Ye(e.width);if(!(`children`in e))return typeof e.width==`string`?Ye(e.width):e.width}function pr(e){if(e.type===`selection`||e.type===`expand`)return ze(e.width??40);if(!(`children`in e))return ze(e.width)}function mr(e){return e.type===`selection`?`__n_selection__`:e.type===`expand`?`__n_expand__`:e.key}function hr(e){return e&&(typeof e==`object`?Object.assign({},e):e)}function gr(e){return e===`ascend`?1:e===`descend`?-1:0}function _r(e,t,n){return n!==void 0&&(e=Math.min(e,typeof n==`number`?n:Number.parseFloat(n))),t!==void 0&&(e=Math.max(e,typeof t==`number`?t:Number.parseFloat(t))),e}function vr(e,t){if(t!==void 0)return{width:t,minWidth:t,maxWidth:t};let n=pr(e),{minWidth:r,maxWidth:i}=e;return{width:n,minWidth:ze(r)||n,maxWidth:ze(i)}}function yr(e,t,n){return typeof n==`function`?n(e,t):n||``}function br(e){return e.filterOptionValues!==void 0||e.filterOptionValue===void 0&&e.defaultFilterOptionValues!==void 0}function xr(e){return`children`in e?!1:!!e.sorter}function Sr(e){return`children`in e&&e.children.length?!1:!!e.resizable}function Cr(e){return`children`in e?!1:!!e.filter&&(!!e.filterOptions||!!e.renderFilterMenu)}function wr(e){return e?e===`descend`&&`ascend`:`descend`}function Tr(e,t){if(e.sorter===void 0)return null;let{customNextSortOrder:n}=e;return t===null||t.columnKey!==e.key?{columnKey:e.key,sorter:e.sorter,order:wr(!1)}:{...t,order:(n||wr)(t.order)}}function Er(e,t){return t.find(t=>t.columnKey===e.key&&t.order)!==void 0}function Dr(e){return typeof e==`string`?e.replace(/,/g,`\\,`):e==null?``:`${e}`.replace(/,/g,`\\,`)}function Or(e,t,n,r){let i=e.filter(e=>e.type!==`expand`&&e.type!==`selection`&&e.allowExport!==!1);return[i.map(e=>r?r(e):e.title).join(`,`),...t.map(e=>i.map(t=>n?n(e[t.key],e,t):Dr(e[t.key])).join(`,`))].join(`
`)}var kr=x({name:`Filter`,render(){return(()=>{let e=I(`32f755e984c27f19`);return e[0]||=b(`svg`,{viewBox:`0 0 28 28`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[b(`g`,{stroke:`none`,"stroke-width":`1`,"fill-rule":`evenodd`},[b(`g`,{"fill-rule":`nonzero`},[b(`path`,{d:`M17,19 C17.5522847,19 18,19.4477153 18,20 C18,20.5522847 17.5522847,21 17,21 L11,21 C10.4477153,21 10,20.5522847 10,20 C10,19.4477153 10.4477153,19 11,19 L17,19 Z M21,13 C21.5522847,13 22,13.4477153 22,14 C22,14.5522847 21.5522847,15 21,15 L7,15 C6.44771525,15 6,14.5522847 6,14 C6,13.4477153 6.44771525,13 7,13 L21,13 Z M24,7 C24.5522847,7 25,7.44771525 25,8 C25,8.55228475 24.5522847,9 24,9 L4,9 C3.44771525,9 3,8.55228475 3,8 C3,7.44771525 3.44771525,7 4,7 L24,7 Z`})])])],-1)})()}}),Ar=x({name:`DataTableFilterMenu`,props:{column:{type:Object,required:!0},radioGroupName:{type:String,required:!0},multiple:{type:Boolean,required:!0},value:{type:[Array,String,Number],default:null},options:{type:Array,required:!0},onConfirm:{type:Function,required:!0},onClear:{type:Function,required:!0},onChange:{type:Function,required:!0}},setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:n}=P(e),r=Y(`DataTable`,n,t),{mergedClsPrefixRef:i,mergedThemeRef:a,localeRef:c}=s(ir),l=o(e.value),u=g(()=>{let{value:e}=l;return Array.isArray(e)?e:null}),d=g(()=>{let{value:t}=l;return br(e.column)?Array.isArray(t)&&t.length&&t[0]||null:Array.isArray(t)?null:t});function f(t){e.onChange(t)}function p(t){e.multiple&&Array.isArray(t)?l.value=t:br(e.column)&&!Array.isArray(t)?l.value=[t]:l.value=t}function m(){f(l.value),e.onConfirm()}function h(){e.multiple||br(e.column)?f([]):f(null),e.onClear()}return{mergedClsPrefix:i,rtlEnabled:r,mergedTheme:a,locale:c,checkboxGroupValue:u,radioGroupValue:d,handleChange:p,handleConfirmClick:m,handleClearClick:h}},render(){let{mergedTheme:e,locale:t,mergedClsPrefix:n}=this;return r(),v(`div`,{class:z([`${n}-data-table-filter-menu`,this.rtlEnabled&&`${n}-data-table-filter-menu--rtl`])},[f(De,null,{default:()=>{let{checkboxGroupValue:t,handleChange:i}=this;return this.multiple?(r(),d(ln,{key:1,value:t,class:z(`${n}-data-table-filter-menu__group`),onUpdateValue:i},{default:()=>this.options.map(t=>(r(),d(sn,{key:t.value,theme:e.peers.Checkbox,themeOverrides:e.peerOverrides.Checkbox,value:t.value},{default:()=>t.label},1032,[`theme`,`themeOverrides`,`value`])))},1032,[`value`,`class`,`onUpdateValue`])):(r(),d(ge,{key:2,name:this.radioGroupName,class:z(`${n}-data-table-filter-menu__group`),value:this.radioGroupValue,onUpdateValue:this.handleChange},{default:()=>this.options.map(t=>(r(),d(he,{key:t.value,value:t.value,theme:e.peers.Radio,themeOverrides:e.peerOverrides.Radio},{default:()=>t.label},1032,[`value`,`theme`,`themeOverrides`])))},1032,[`name`,`class`,`value`,`onUpdateValue`]))}},1024),b(`div`,{class:z(`${n}-data-table-filter-menu__action`)},[(r(),d(ue,{size:`tiny`,theme:e.peers.Button,themeOverrides:e.peerOverrides.Button,onClick:this.handleClearClick},{default:()=>t.clear},1032,[`theme`,`themeOverrides`,`onClick`])),(r(),d(ue,{theme:e.peers.Button,themeOverrides:e.peerOverrides.Button,type:`primary`,size:`tiny`,onClick:this.handleConfirmClick},{default:()=>t.confirm},1032,[`theme`,`themeOverrides`,`onClick`]))],2)],2)}}),jr=x({name:`DataTableRenderFilter`,props:{render:{type:Function,required:!0},active:Boolean,show:Boolean},render(){let{render:e,active:t,show:n}=this;return e({active:t,show:n})}});function Mr(e,t,n){let r=Object.assign({},e);return r[t]=n,r}var Nr=x({name:`DataTableFilterButton`,props:{column:{type:Object,required:!0},options:{type:Array,default:()=>[]}},setup(e){let{mergedComponentPropsRef:t}=P(),{mergedThemeRef:n,mergedClsPrefixRef:r,mergedFilterStateRef:i,filterMenuCssVarsRef:a,paginationBehaviorOnFilterRef:c,doUpdatePage:l,doUpdateFilters:u,filterIconPopoverPropsRef:d}=s(ir),f=o(!1),p=i,m=g(()=>e.column.filterMultiple!==!1),h=g(()=>{let t=p.value[e.column.key];if(t===void 0){let{value:e}=m;return e?[]:null}return t}),_=g(()=>{let{value:e}=h;return Array.isArray(e)?e.length>0:e!==null}),v=g(()=>t?.value?.DataTable?.renderFilter||e.column.renderFilter);function y(t){let n=Mr(p.value,e.column.key,t);u(n,e.column),c.value===`first`&&l(1)}function b(){f.value=!1}function x(){f.value=!1}return{mergedTheme:n,mergedClsPrefix:r,active:_,showPopover:f,mergedRenderFilter:v,filterIconPopoverProps:d,filterMultiple:m,mergedFilterValue:h,filterMenuCssVars:a,handleFilterChange:y,handleFilterMenuConfirm:x,handleFilterMenuCancel:b}},render(){let{mergedTheme:e,mergedClsPrefix:t,handleFilterMenuCancel:n,filterIconPopoverProps:i}=this;return r(),d(Me,S({show:this.showPopover,onUpdateShow:e=>this.showPopover=e,trigger:`click`,theme:e.peers.Popover,themeOverrides:e.peerOverrides.Popover,placement:`bottom`},i,{style:{padding:0}}),{trigger:()=>{let{mergedRenderFilter:e}=this;if(e)return r(),d(jr,{key:1,"data-data-table-filter":!0,render:e,active:this.active,show:this.showPopover},null,8,[`render`,`active`,`show`]);let{renderFilterIcon:n}=this.column;return r(),v(`div`,{"data-data-table-filter":!0,class:z([`${t}-data-table-filter`,{[`${t}-data-table-filter--active`]:this.active,[`${t}-data-table-filter--show`]:this.showPopover}])},[n?(r(),v(p,{key:0},[D(()=>n({active:this.active,show:this.showPopover}))],64)):(r(),d(Z,{key:1,clsPrefix:t},{default:()=>(r(),d(kr))},1032,[`clsPrefix`]))],2)},default:()=>{let{renderFilterMenu:e}=this.column;return e?e({hide:n}):(r(),d(Ar,{key:2,style:w(this.filterMenuCssVars),radioGroupName:String(this.column.key),multiple:this.filterMultiple,value:this.mergedFilterValue,options:this.options,column:this.column,onChange:this.handleFilterChange,onClear:this.handleFilterMenuCancel,onConfirm:this.handleFilterMenuConfirm},null,8,[`style`,`radioGroupName`,`multiple`,`value`,`options`,`column`,`onChange`,`onClear`,`onConfirm`]))}},1040,[`show`,`onUpdateShow`,`theme`,`themeOverrides`])}}),Pr=[`onMousedown`],Fr=x({name:`ColumnResizeButton`,props:{onResizeStart:Function,onResize:Function,onResizeEnd:Function},setup(e){let{mergedClsPrefixRef:t}=s(ir),n=o(!1),r=0;function a(e){return e.clientX}function c(t){t.preventDefault();let i=n.value;r=a(t),n.value=!0,i||(Xe(`mousemove`,window,l),Xe(`mouseup`,window,u),e.onResizeStart?.())}function l(t){e.onResize?.(a(t)-r)}function u(){n.value=!1,e.onResizeEnd?.(),at(`mousemove`,window,l),at(`mouseup`,window,u)}return i(()=>{at(`mousemove`,window,l),at(`mouseup`,window,u)}),{mergedClsPrefix:t,active:n,handleMousedown:c}},render(){let{mergedClsPrefix:e}=this;return r(),v(`span`,{"data-data-table-resizable":!0,class:z([`${e}-data-table-resize-button`,this.active&&`${e}-data-table-resize-button--active`]),onMousedown:this.handleMousedown},null,42,Pr)}}),Ir=x({name:`ArrowDown`,render(){return(()=>{let e=I(`bd1a1948a64f963c`);return e[0]||=b(`svg`,{viewBox:`0 0 28 28`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[b(`g`,{stroke:`none`,"stroke-width":`1`,"fill-rule":`evenodd`},[b(`g`,{"fill-rule":`nonzero`},[b(`path`,{d:`M23.7916,15.2664 C24.0788,14.9679 24.0696,14.4931 23.7711,14.206 C23.4726,13.9188 22.9978,13.928 22.7106,14.2265 L14.7511,22.5007 L14.7511,3.74792 C14.7511,3.33371 14.4153,2.99792 14.0011,2.99792 C13.5869,2.99792 13.2511,3.33371 13.2511,3.74793 L13.2511,22.4998 L5.29259,14.2265 C5.00543,13.928 4.53064,13.9188 4.23213,14.206 C3.93361,14.4931 3.9244,14.9679 4.21157,15.2664 L13.2809,24.6944 C13.6743,25.1034 14.3289,25.1034 14.7223,24.6944 L23.7916,15.2664 Z`})])])],-1)})()}}),Lr=x({name:`DataTableRenderSorter`,props:{render:{type:Function,required:!0},order:{type:[String,Boolean],default:!1}},render(){let{render:e,order:t}=this;return e({order:t})}}),Rr=x({name:`SortIcon`,props:{column:{type:Object,required:!0}},setup(e){let{mergedComponentPropsRef:t}=P(),{mergedSortStateRef:n,mergedClsPrefixRef:r}=s(ir),i=g(()=>n.value.find(t=>t.columnKey===e.column.key)),a=g(()=>i.value!==void 0);return{mergedClsPrefix:r,active:a,mergedSortOrder:g(()=>{let{value:e}=i;return e&&a.value?e.order:!1}),mergedRenderSorter:g(()=>t?.value?.DataTable?.renderSorter||e.column.renderSorter)}},render(){let{mergedRenderSorter:e,mergedSortOrder:t,mergedClsPrefix:n}=this,{renderSorterIcon:i}=this.column;return e?(r(),d(Lr,{key:1,render:e,order:t},null,8,[`render`,`order`])):(r(),v(`span`,{key:2,class:z([`${n}-data-table-sorter`,t===`ascend`&&`${n}-data-table-sorter--asc`,t===`descend`&&`${n}-data-table-sorter--desc`])},[i?(r(),v(p,{key:0},[D(()=>i({order:t}))],64)):(r(),d(Z,{key:1,clsPrefix:n},{default:()=>(r(),d(Ir))},1032,[`clsPrefix`]))],2))}}),zr=`_n_all__`,Br=`_n_none__`;function Vr(e,t,n,r){return e?i=>{for(let a of e)switch(i){case zr:n(!0);return;case Br:r(!0);return;default:if(typeof a==`object`&&a.key===i){a.onSelect(t.value);return}}}:()=>{}}function Hr(e,t){return e?e.map(e=>{switch(e){case`all`:return{label:t.checkTableAll,key:zr};case`none`:return{label:t.uncheckTableAll,key:Br};default:return e}}):[]}var Ur=x({name:`DataTableSelectionMenu`,props:{clsPrefix:{type:String,required:!0}},setup(e){let{props:t,localeRef:n,checkOptionsRef:i,rawPaginatedDataRef:a,doCheckAll:o,doUncheckAll:c}=s(ir),l=g(()=>Vr(i.value,a,o,c)),u=g(()=>Hr(i.value,n.value));return()=>{let{clsPrefix:n}=e;return r(),d(et,{theme:t.theme?.peers?.Dropdown,themeOverrides:t.themeOverrides?.peers?.Dropdown,options:u.value,onSelect:l.value},{default:()=>(r(),d(Z,{clsPrefix:n,class:z(`${n}-data-table-check-extra`)},{default:()=>(r(),d(ye))},1032,[`clsPrefix`,`class`]))},1032,[`theme`,`themeOverrides`,`options`,`onSelect`])}}}),Wr=[`data-n-id`],Gr=[`colspan`],Kr={style:{position:`relative`}},qr=[`data-n-id`],Jr=[`onScroll`];function Yr(e){return typeof e.title==`function`?e.title(e):e.title}var Xr=x({props:{clsPrefix:{type:String,required:!0},id:{type:String,required:!0},cols:{type:Array,required:!0},width:String},render(){let{clsPrefix:e,id:t,cols:n,width:i}=this;return r(),v(`table`,{style:w({tableLayout:`fixed`,width:i}),class:z(`${e}-data-table-table`)},[b(`colgroup`,null,[D(()=>n.map(e=>(r(),v(`col`,{key:e.key,style:w(e.style)},null,4))))]),b(`thead`,{"data-n-id":t,class:z(`${e}-data-table-thead`)},[D(()=>this.$slots.default?.())],10,Wr)],6)}}),Zr=x({name:`DataTableHeader`,props:{discrete:{type:Boolean,default:!0}},setup(){let{mergedClsPrefixRef:e,scrollXRef:t,fixedColumnLeftMapRef:n,fixedColumnRightMapRef:r,mergedCurrentPageRef:i,allRowsCheckedRef:a,someRowsCheckedRef:c,rowsRef:l,colsRef:u,mergedThemeRef:d,checkOptionsRef:f,mergedSortStateRef:p,componentId:m,mergedTableLayoutRef:h,headerCheckboxDisabledRef:g,virtualScrollHeaderRef:_,headerHeightRef:v,onUnstableColumnResize:y,doUpdateResizableWidth:b,handleTableHeaderScroll:x,deriveNextSorter:S,doUncheckAll:C,doCheckAll:w}=s(ir),T=o(),E=o({});function D(e){return E.value[e]?.getBoundingClientRect().width}function O(){a.value?C():w()}function k(e,t){if(pt(e,`dataTableFilter`)||pt(e,`dataTableResizable`)||!xr(t))return;let n=Tr(t,p.value.find(e=>e.columnKey===t.key)||null);S(n)}let A=new Map;function j(e){A.set(e.key,D(e.key))}function M(e,t){let n=A.get(e.key);if(n===void 0)return;let r=n+t,i=_r(r,e.minWidth,e.maxWidth);y(r,i,e,D),b(e,i)}return{cellElsRef:E,componentId:m,mergedSortState:p,mergedClsPrefix:e,scrollX:t,fixedColumnLeftMap:n,fixedColumnRightMap:r,currentPage:i,allRowsChecked:a,someRowsChecked:c,rows:l,cols:u,mergedTheme:d,checkOptions:f,mergedTableLayout:h,headerCheckboxDisabled:g,headerHeight:v,virtualScrollHeader:_,virtualListRef:T,handleCheckboxUpdateChecked:O,handleColHeaderClick:k,handleTableHeaderScroll:x,handleColumnResizeStart:j,handleColumnResize:M}},render(){let{cellElsRef:e,mergedClsPrefix:t,fixedColumnLeftMap:i,fixedColumnRightMap:a,currentPage:o,allRowsChecked:s,someRowsChecked:c,rows:l,cols:u,mergedTheme:f,checkOptions:m,componentId:h,discrete:g,mergedTableLayout:_,headerCheckboxDisabled:y,mergedSortState:x,virtualScrollHeader:C,handleColHeaderClick:T,handleCheckboxUpdateChecked:E,handleColumnResizeStart:O,handleColumnResize:k}=this,A=!1,j=(l,u,h)=>l.map(({column:l,colIndex:g,colSpan:_,rowSpan:C,isLast:j})=>{let M=mr(l),{ellipsis:N}=l;!A&&N&&(A=!0);let P=()=>l.type===`selection`?l.multiple===!1?null:(r(),v(p,{key:1},[(r(),d(sn,{key:o,privateInsideTable:!0,checked:s,indeterminate:c,disabled:y,onUpdateChecked:E},null,8,[`checked`,`indeterminate`,`disabled`,`onUpdateChecked`])),m?(r(),d(Ur,{key:0,clsPrefix:t},null,8,[`clsPrefix`])):D(()=>null)],64)):(r(),v(p,null,[b(`div`,{class:z(`${t}-data-table-th__title-wrapper`)},[b(`div`,{class:z(`${t}-data-table-th__title`)},[N===!0||N&&!N.tooltip?(r(),v(`div`,{key:0,class:z(`${t}-data-table-th__ellipsis`)},[D(()=>Yr(l))],2)):(r(),v(p,{key:1},[N&&typeof N==`object`?(r(),d(ur,S({key:0},N,{theme:f.peers.Ellipsis,themeOverrides:f.peerOverrides.Ellipsis}),{default:()=>Yr(l)},1040,[`theme`,`themeOverrides`])):(r(),v(p,{key:1},[D(()=>Yr(l))],64))],64))],2),xr(l)?(r(),d(Rr,{key:0,column:l},null,8,[`column`])):D(()=>null)],2),Cr(l)?(r(),d(Nr,{key:0,column:l,options:l.filterOptions},null,8,[`column`,`options`])):D(()=>null),Sr(l)?(r(),d(Fr,{key:2,onResizeStart:()=>{O(l)},onResize:e=>{k(l,e)}},null,8,[`onResizeStart`,`onResize`])):D(()=>null)],64)),F=M in i,I=M in a,L=u&&!l.fixed?`div`:`th`;return r(),d(L,{ref:t=>e[M]=t,key:M,style:w([u&&!l.fixed?{position:`absolute`,left:$(u(g)),top:0,bottom:0}:{left:$(i[M]?.start),right:$(a[M]?.start)},{width:$(l.width),textAlign:l.titleAlign||l.align,height:h}]),colspan:_,rowspan:C,"data-col-key":M,class:z([`${t}-data-table-th`,(F||I)&&`${t}-data-table-th--fixed-${F?`left`:`right`}`,{[`${t}-data-table-th--sorting`]:Er(l,x),[`${t}-data-table-th--filterable`]:Cr(l),[`${t}-data-table-th--sortable`]:xr(l),[`${t}-data-table-th--selection`]:l.type===`selection`,[`${t}-data-table-th--last`]:j},l.className]),onClick:l.type!==`selection`&&l.type!==`expand`&&!(`children`in l)?e=>{T(e,l)}:void 0},{default:n(()=>[D(()=>P())]),_:2},1032,[`style`,`colspan`,`rowspan`,`data-col-key`,`class`,`onClick`])});if(C){let{headerHeight:e}=this,n=0,i=0;return u.forEach(e=>{e.column.fixed===`left`?n++:e.column.fixed===`right`&&i++}),r(),d(kt,{key:2,ref:`virtualListRef`,class:z(`${t}-data-table-base-table-header`),style:w({height:$(e)}),onScroll:this.handleTableHeaderScroll,columns:u,itemSize:e,showScrollbar:!1,items:[{}],itemResizable:!1,visibleItemsTag:Xr,visibleItemsProps:{clsPrefix:t,id:h,cols:u,width:ze(this.scrollX)},renderItemWithCols:({startColIndex:t,endColIndex:a,getLeft:o})=>{let s=u.map((e,t)=>({column:e.column,isLast:t===u.length-1,colIndex:e.index,colSpan:1,rowSpan:1})).filter(({column:e},n)=>!!(t<=n&&n<=a||e.fixed)),c=j(s,o,$(e));return c.splice(n,0,(r(),v(`th`,{colspan:u.length-n-i,style:{pointerEvents:`none`,visibility:`hidden`,height:0}},null,8,Gr))),r(),v(`tr`,Kr,[D(()=>c)])}},{default:({renderedItemWithCols:e})=>e},1032,[`class`,`style`,`onScroll`,`columns`,`itemSize`,`visibleItemsTag`,`visibleItemsProps`,`renderItemWithCols`])}let M=(r(),v(`thead`,{class:z(`${t}-data-table-thead`),"data-n-id":h},[D(()=>l.map(e=>(r(),v(`tr`,{class:z(`${t}-data-table-tr`)},[D(()=>j(e,null,void 0))],2))))],10,qr));if(!g)return M;let{handleTableHeaderScroll:N,scrollX:P}=this;return r(),v(`div`,{class:z(`${t}-data-table-base-table-header`),onScroll:N},[b(`table`,{class:z(`${t}-data-table-table`),style:w({minWidth:ze(P),tableLayout:_})},[b(`colgroup`,null,[D(()=>u.map(e=>(r(),v(`col`,{key:e.key,style:w(e.style)},null,4))))]),D(()=>M)],6)],42,Jr)}}),Qr=x({name:`DataTableBodyCheckbox`,props:{rowKey:{type:[String,Number],required:!0},disabled:{type:Boolean,required:!0},onUpdateChecked:{type:Function,required:!0}},setup(e){let{mergedCheckedRowKeySetRef:t,mergedInderminateRowKeySetRef:n}=s(ir);return()=>{let{rowKey:i}=e;return r(),d(sn,{privateInsideTable:!0,disabled:e.disabled,indeterminate:n.value.has(i),checked:t.value.has(i),onUpdateChecked:e.onUpdateChecked},null,8,[`disabled`,`indeterminate`,`checked`,`onUpdateChecked`])}}}),$r=x({name:`DataTableBodyRadio`,props:{rowKey:{type:[String,Number],required:!0},disabled:{type:Boolean,required:!0},onUpdateChecked:{type:Function,required:!0}},setup(e){let{mergedCheckedRowKeySetRef:t,componentId:n}=s(ir);return()=>{let{rowKey:i}=e;return r(),d(he,{name:n,disabled:e.disabled,checked:t.value.has(i),onUpdateChecked:e.onUpdateChecked},null,8,[`name`,`disabled`,`checked`,`onUpdateChecked`])}}}),ei=x({name:`DataTableCell`,props:{clsPrefix:{type:String,required:!0},row:{type:Object,required:!0},index:{type:Number,required:!0},column:{type:Object,required:!0},isSummary:Boolean,mergedTheme:{type:Object,required:!0},renderCell:Function},render(){let{isSummary:e,column:t,row:n,renderCell:i}=this,a,{render:o,key:s,ellipsis:c}=t;if(a=o&&!e?o(n,this.index):e?n[s]?.value:i?i(Le(n,s),n,t):Le(n,s),c){if(typeof c==`object`){let{mergedTheme:e}=this;return t.ellipsisComponent===`performant-ellipsis`?(r(),d(dr,S({key:1},c,{theme:e.peers.Ellipsis,themeOverrides:e.peerOverrides.Ellipsis}),{default:()=>a},1040,[`theme`,`themeOverrides`])):(r(),d(ur,S({key:2},c,{theme:e.peers.Ellipsis,themeOverrides:e.peerOverrides.Ellipsis}),{default:()=>a},1040,[`theme`,`themeOverrides`]))}return r(),v(`span`,{key:3,class:z(`${this.clsPrefix}-data-table-td__ellipsis`)},[D(()=>a)],2)}return a}}),ti=[`onClick`],ni=x({name:`DataTableExpandTrigger`,props:{clsPrefix:{type:String,required:!0},expanded:Boolean,loading:Boolean,onClick:{type:Function,required:!0},renderExpandIcon:{type:Function},rowData:{type:Object,required:!0}},render(){let{clsPrefix:e}=this;return(()=>{let t=I(`82f30e69bbec5134`);return r(),v(`div`,{class:z([`${e}-data-table-expand-trigger`,this.expanded&&`${e}-data-table-expand-trigger--expanded`]),onClick:this.onClick,onMousedown:t[0]||=e=>{e.preventDefault()}},[f(de,null,{default:()=>this.loading?(r(),d(le,{key:`loading`,clsPrefix:this.clsPrefix,radius:85,strokeWidth:15,scale:.88},null,8,[`clsPrefix`])):this.renderExpandIcon?this.renderExpandIcon({expanded:this.expanded,rowData:this.rowData}):(r(),d(Z,{clsPrefix:e,key:`base-icon`},{default:()=>(r(),d(ut))},1032,[`clsPrefix`]))},1024)],42,ti)})()}}),ri=[`onMouseenter`,`onMouseleave`],ii=[`data-n-id`],ai=[`colspan`],oi=[`colspan`],si=[`onMouseenter`],ci=[`onMouseleave`];function li(e,t){let n=[];function r(e,i){e.forEach(e=>{e.children&&t.has(e.key)?(n.push({tmNode:e,striped:!1,key:e.key,index:i}),r(e.children,i)):n.push({key:e.key,tmNode:e,striped:!1,index:i})})}return e.forEach(e=>{n.push(e);let{children:i}=e.tmNode;i&&t.has(e.key)&&r(i,e.index)}),n}var ui=x({props:{clsPrefix:{type:String,required:!0},id:{type:String,required:!0},cols:{type:Array,required:!0},onMouseenter:Function,onMouseleave:Function},render(){let{clsPrefix:e,id:t,cols:n,onMouseenter:i,onMouseleave:a}=this;return r(),v(`table`,{style:{tableLayout:`fixed`},class:z(`${e}-data-table-table`),onMouseenter:i,onMouseleave:a},[b(`colgroup`,null,[D(()=>n.map(e=>(r(),v(`col`,{key:e.key,style:w(e.style)},null,4))))]),b(`tbody`,{"data-n-id":t,class:z(`${e}-data-table-tbody`)},[D(()=>this.$slots.default?.())],10,ii)],42,ri)}}),di=x({name:`DataTableBody`,props:{onResize:Function,showHeader:Boolean,flexHeight:Boolean,bodyStyle:Object},setup(e){let{slots:t,bodyWidthRef:n,mergedExpandedRowKeysRef:r,mergedClsPrefixRef:i,mergedThemeRef:a,scrollXRef:c,colsRef:l,paginatedDataRef:d,rawPaginatedDataRef:f,fixedColumnLeftMapRef:p,fixedColumnRightMapRef:h,mergedCurrentPageRef:_,rowClassNameRef:v,leftActiveFixedColKeyRef:y,leftActiveFixedChildrenColKeysRef:b,rightActiveFixedColKeyRef:x,rightActiveFixedChildrenColKeysRef:S,renderExpandRef:C,hoverKeyRef:w,summaryRef:T,mergedSortStateRef:E,virtualScrollRef:D,virtualScrollXRef:O,heightForRowRef:k,minRowHeightRef:A,componentId:j,mergedTableLayoutRef:N,childTriggerColIndexRef:P,indentRef:F,rowPropsRef:I,stripedRef:L,loadingRef:R,onLoadRef:z,loadingKeySetRef:B,expandableRef:V,stickyExpandedRowsRef:H,renderExpandIconRef:U,summaryPlacementRef:ee,treeMateRef:G,scrollbarPropsRef:K,setHeaderScrollLeft:q,doUpdateExpandedRowKeys:J,handleTableBodyScroll:te,doCheck:Y,doUncheck:ie,renderCell:ae,xScrollableRef:X,explicitlyScrollableRef:oe}=s(ir),Z=s(ce,null),Q=o(null),se=o(null),le=o(null),ue=g(()=>Z?.mergedComponentPropsRef.value?.DataTable?.renderEmpty),de=W(()=>d.value.length===0),fe=W(()=>D.value&&!de.value),pe=``,me=g(()=>new Set(r.value));function he(e){return G.value.getNode(e)?.rawNode}function ge(e,t,n){let r=he(e.key);if(!r)re(`data-table`,`fail to get row data with key ${e.key}`);else{if(n){let n=d.value.findIndex(e=>e.key===pe);if(n!==-1){let i=d.value.findIndex(t=>t.key===e.key),a=Math.min(n,i),o=Math.max(n,i),s=[];d.value.slice(a,o+1).forEach(e=>{e.disabled||s.push(e.key)}),t?Y(s,!1,r):ie(s,r),pe=e.key;return}}t?Y(e.key,!1,r):ie(e.key,r),pe=e.key}}function _e(e){let t=he(e.key);t?Y(e.key,!0,t):re(`data-table`,`fail to get row data with key ${e.key}`)}function ve(){if(fe.value)return xe();let{value:e}=Q;return e?e.containerRef:null}function ye(e,t){if(B.value.has(e))return;let{value:n}=r,i=n.indexOf(e),a=Array.from(n);~i?(a.splice(i,1),J(a)):t&&!t.isLeaf&&!t.shallowLoaded?(B.value.add(e),z.value?.(t.rawNode).then(()=>{let{value:t}=r,n=Array.from(t);~n.indexOf(e)||n.push(e),J(n)}).finally(()=>{B.value.delete(e)})):(a.push(e),J(a))}function be(){w.value=null}function xe(){let{value:e}=se;return e?.listElRef||null}function Se(){let{value:e}=se;return e?.itemsElRef||null}function Ce(e){te(e),Q.value?.sync()}function we(t){let{onResize:n}=e;n&&n(t),Q.value?.sync()}let Te={getScrollContainer:ve,scrollTo(e,t){D.value?se.value?.scrollTo(e,t):Q.value?.scrollTo(e,t)}},Ee=M([({props:e})=>{let t=t=>t===null?null:M(`[data-n-id="${e.componentId}"] [data-col-key="${t}"]::after`,{boxShadow:`var(--n-box-shadow-after)`}),n=t=>t===null?null:M(`[data-n-id="${e.componentId}"] [data-col-key="${t}"]::before`,{boxShadow:`var(--n-box-shadow-before)`});return M([t(e.leftActiveFixedColKey),n(e.rightActiveFixedColKey),e.leftActiveFixedChildrenColKeys.map(e=>t(e)),e.rightActiveFixedChildrenColKeys.map(e=>n(e))])}]),De=!1;return u(()=>{let{value:e}=y,{value:t}=b,{value:n}=x,{value:r}=S;if(!De&&e===null&&n===null)return;let i={leftActiveFixedColKey:e,leftActiveFixedChildrenColKeys:t,rightActiveFixedColKey:n,rightActiveFixedChildrenColKeys:r,componentId:j};Ee.mount({id:`n-${j}`,force:!0,props:i,anchorMetaName:ne,parent:Z?.styleMountTarget}),De=!0}),m(()=>{Ee.unmount({id:`n-${j}`,parent:Z?.styleMountTarget})}),{bodyWidth:n,summaryPlacement:ee,dataTableSlots:t,componentId:j,scrollbarInstRef:Q,virtualListRef:se,emptyElRef:le,summary:T,mergedClsPrefix:i,mergedTheme:a,mergedRenderEmpty:ue,scrollX:c,cols:l,loading:R,shouldDisplayVirtualList:fe,empty:de,paginatedDataAndInfo:g(()=>{let{value:e}=L,t=!1;return{data:d.value.map(e?(e,n)=>(e.isLeaf||(t=!0),{tmNode:e,key:e.key,striped:n%2==1,index:n}):(e,n)=>(e.isLeaf||(t=!0),{tmNode:e,key:e.key,striped:!1,index:n})),hasChildren:t}}),rawPaginatedData:f,fixedColumnLeftMap:p,fixedColumnRightMap:h,currentPage:_,rowClassName:v,renderExpand:C,mergedExpandedRowKeySet:me,hoverKey:w,mergedSortState:E,virtualScroll:D,virtualScrollX:O,heightForRow:k,minRowHeight:A,mergedTableLayout:N,childTriggerColIndex:P,indent:F,rowProps:I,loadingKeySet:B,expandable:V,stickyExpandedRows:H,renderExpandIcon:U,scrollbarProps:K,setHeaderScrollLeft:q,handleVirtualListScroll:Ce,handleVirtualListResize:we,handleMouseleaveTable:be,virtualListContainer:xe,virtualListContent:Se,handleTableBodyScroll:te,handleCheckboxUpdateChecked:ge,handleRadioUpdateChecked:_e,handleUpdateExpanded:ye,renderCell:ae,explicitlyScrollable:oe,xScrollable:X,...Te}},render(){let{mergedTheme:e,scrollX:t,mergedClsPrefix:i,explicitlyScrollable:a,xScrollable:o,loadingKeySet:s,onResize:c,setHeaderScrollLeft:l,empty:u,shouldDisplayVirtualList:f}=this,m={minWidth:ze(t)||`100%`};t&&(m.width=`100%`);let h=()=>(r(),v(`div`,{class:z([`${i}-data-table-empty`,this.loading&&`${i}-data-table-empty--hide`]),style:w([this.bodyStyle,o?`position: sticky; left: 0; width: var(--n-scrollbar-current-width);`:void 0]),ref:`emptyElRef`},[D(()=>O(this.dataTableSlots.empty,()=>[this.mergedRenderEmpty?.()||(r(),d(ve,{theme:this.mergedTheme.peers.Empty,themeOverrides:this.mergedTheme.peerOverrides.Empty},null,8,[`theme`,`themeOverrides`]))]))],6));return r(),d(De,S(this.scrollbarProps,{ref:`scrollbarInstRef`,scrollable:a||o,class:`${i}-data-table-base-table-body`,style:u?void 0:this.bodyStyle,theme:e.peers.Scrollbar,themeOverrides:e.peerOverrides.Scrollbar,contentStyle:m,container:f?this.virtualListContainer:void 0,content:f?this.virtualListContent:void 0,horizontalRailStyle:{zIndex:3},verticalRailStyle:{zIndex:3},internalExposeWidthCssVar:o&&u,xScrollable:o,onScroll:f?void 0:this.handleTableBodyScroll,internalOnUpdateScrollLeft:l,onResize:c}),{default:()=>{if(this.empty&&!this.showHeader&&(this.explicitlyScrollable||this.xScrollable))return h();let e={},t={},{cols:a,paginatedDataAndInfo:o,mergedTheme:c,fixedColumnLeftMap:l,fixedColumnRightMap:u,currentPage:f,rowClassName:g,mergedSortState:_,mergedExpandedRowKeySet:y,stickyExpandedRows:x,componentId:C,childTriggerColIndex:T,expandable:E,rowProps:O,handleMouseleaveTable:k,renderExpand:A,summary:j,handleCheckboxUpdateChecked:M,handleRadioUpdateChecked:N,handleUpdateExpanded:P,heightForRow:F,minRowHeight:I,virtualScrollX:L}=this,{length:R}=a,B,{data:V,hasChildren:H}=o,U=H?li(V,y):V;if(j){let e=j(this.rawPaginatedData);if(Array.isArray(e)){let t=e.map((e,t)=>({isSummaryRow:!0,key:`__n_summary__${t}`,tmNode:{rawNode:e,disabled:!0},index:-1}));B=this.summaryPlacement===`top`?[...t,...U]:[...U,...t]}else{let t={isSummaryRow:!0,key:`__n_summary__`,tmNode:{rawNode:e,disabled:!0},index:-1};B=this.summaryPlacement===`top`?[t,...U]:[...U,t]}}else B=U;let ee=H?{width:$(this.indent)}:void 0,W=[];B.forEach(e=>{A&&y.has(e.key)&&(!E||E(e.tmNode.rawNode))?W.push(e,{isExpandedRow:!0,key:`${e.key}-expand`,tmNode:e.tmNode,index:e.index}):W.push(e)});let{length:G}=W,K={};V.forEach(({tmNode:e},t)=>{K[t]=e.key});let q=x?this.bodyWidth:null,J=q===null?void 0:`${q}px`,te=this.virtualScrollX?`div`:`td`,ne=0,re=0;L&&a.forEach(e=>{e.column.fixed===`left`?ne++:e.column.fixed===`right`&&re++});let Y=({rowInfo:o,displayedRowIndex:m,isVirtual:h,isVirtualX:C,startColIndex:E,endColIndex:k,getLeft:j})=>{let{index:L}=o;if(`isExpandedRow`in o){let{tmNode:{key:e,rawNode:t}}=o;return r(),v(`tr`,{class:z(`${i}-data-table-tr ${i}-data-table-tr--expanded`),key:`${e}__expand`},[b(`td`,{class:z([`${i}-data-table-td`,`${i}-data-table-td--last-col`,m+1===G&&`${i}-data-table-td--last-row`]),colspan:R},[x?(r(),v(`div`,{key:0,class:z(`${i}-data-table-expand`),style:w({width:J})},[D(()=>A(t,L))],6)):(r(),v(p,{key:1},[D(()=>A(t,L))],64))],10,ai)],2)}let B=`isSummaryRow`in o,V=!B&&o.striped,{tmNode:U,key:W}=o,{rawNode:q}=U,Y=y.has(W),ie=O?O(q,L):void 0,ae=typeof g==`string`?g:yr(q,L,g),X=C?a.filter((e,t)=>!!(E<=t&&t<=k||e.column.fixed)):a,oe=C?$(F?.(q,L)||I):void 0,Z=X.map(a=>{let g=a.index;if(m in e){let t=e[m],n=t.indexOf(g);if(~n)return t.splice(n,1),null}let{column:y}=a,b=mr(a),{rowSpan:x,colSpan:E}=y,O=B?o.tmNode.rawNode[b]?.colSpan||1:E?E(q,L):1,k=B?o.tmNode.rawNode[b]?.rowSpan||1:x?x(q,L):1,A=g+O===R,F=m+k===G,I=k>1;if(I&&(t[m]={[g]:[]}),O>1||I)for(let n=m;n<m+k;++n){I&&t[m][g].push(K[n]);for(let t=g;t<g+O;++t)(n!==m||t!==g)&&(n in e?e[n].push(t):e[n]=[t])}let V=I?this.hoverKey:null,{cellProps:U}=y,J=U?.(q,L),ne={"--indent-offset":``},re=y.fixed?`td`:te;return r(),d(re,S(J,{key:b,style:[{textAlign:y.align||void 0,width:$(y.width)},C&&{height:oe},C&&!y.fixed?{position:`absolute`,left:$(j(g)),top:0,bottom:0}:{left:$(l[b]?.start),right:$(u[b]?.start)},ne,J?.style||``],colspan:O,rowspan:h?void 0:k,"data-col-key":b,class:[`${i}-data-table-td`,y.className,J?.class,B&&`${i}-data-table-td--summary`,V!==null&&t[m][g].includes(V)&&`${i}-data-table-td--hover`,Er(y,_)&&`${i}-data-table-td--sorting`,y.fixed&&`${i}-data-table-td--fixed-${y.fixed}`,y.align&&`${i}-data-table-td--${y.align}-align`,y.type===`selection`&&`${i}-data-table-td--selection`,y.type===`expand`&&`${i}-data-table-td--expand`,A&&`${i}-data-table-td--last-col`,F&&`${i}-data-table-td--last-row`]}),{default:n(()=>[H&&g===T?(r(),v(p,{key:0},[D(()=>[tt(ne[`--indent-offset`]=B?0:o.tmNode.level,(r(),v(`div`,{class:z(`${i}-data-table-indent`),style:w(ee)},null,6))),B||o.tmNode.isLeaf?(r(),v(`div`,{key:2,class:z(`${i}-data-table-expand-placeholder`)},null,2)):(r(),d(ni,{key:3,class:z(`${i}-data-table-expand-trigger`),clsPrefix:i,expanded:Y,rowData:q,renderExpandIcon:this.renderExpandIcon,loading:s.has(o.key),onClick:()=>{P(W,o.tmNode)}},null,8,[`class`,`clsPrefix`,`expanded`,`rowData`,`renderExpandIcon`,`loading`,`onClick`]))])],64)):D(()=>null),y.type===`selection`?(r(),v(p,{key:2},[B?D(()=>null):(r(),v(p,{key:0},[y.multiple===!1?(r(),d($r,{key:f,rowKey:W,disabled:o.tmNode.disabled,onUpdateChecked:()=>{N(o.tmNode)}},null,8,[`rowKey`,`disabled`,`onUpdateChecked`])):(r(),d(Qr,{key:f,rowKey:W,disabled:o.tmNode.disabled,onUpdateChecked:(e,t)=>{M(o.tmNode,e,t.shiftKey)}},null,8,[`rowKey`,`disabled`,`onUpdateChecked`]))],64))],64)):(r(),v(p,{key:3},[y.type===`expand`?(r(),v(p,{key:0},[B?D(()=>null):(r(),v(p,{key:0},[!y.expandable||y.expandable?.(q)?(r(),d(ni,{key:0,clsPrefix:i,rowData:q,expanded:Y,renderExpandIcon:this.renderExpandIcon,onClick:()=>{P(W,null)}},null,8,[`clsPrefix`,`rowData`,`expanded`,`renderExpandIcon`,`onClick`])):D(()=>null)],64))],64)):(r(),d(ei,{key:1,clsPrefix:i,index:L,row:q,column:y,isSummary:B,mergedTheme:c,renderCell:this.renderCell},null,8,[`clsPrefix`,`index`,`row`,`column`,`isSummary`,`mergedTheme`,`renderCell`]))],64))]),_:2},1040,[`style`,`colspan`,`rowspan`,`data-col-key`,`class`])});return C&&ne&&re&&Z.splice(ne,0,(r(),v(`td`,{key:4,colspan:a.length-ne-re,style:{pointerEvents:`none`,visibility:`hidden`,height:0}},null,8,oi))),r(),v(`tr`,S(ie,{onMouseenter:e=>{this.hoverKey=W,ie?.onMouseenter?.(e)},key:W,class:[`${i}-data-table-tr`,B&&`${i}-data-table-tr--summary`,V&&`${i}-data-table-tr--striped`,Y&&`${i}-data-table-tr--expanded`,ae,ie?.class],style:[ie?.style,C&&{height:oe}]}),[D(()=>Z)],16,si)};return this.shouldDisplayVirtualList?(r(),d(kt,{key:6,ref:`virtualListRef`,items:W,itemSize:this.minRowHeight,visibleItemsTag:ui,visibleItemsProps:{clsPrefix:i,id:C,cols:a,onMouseleave:k},showScrollbar:!1,onResize:this.handleVirtualListResize,onScroll:this.handleVirtualListScroll,itemsStyle:m,itemResizable:!L,columns:a,renderItemWithCols:L?({itemIndex:e,item:t,startColIndex:n,endColIndex:r,getLeft:i})=>Y({displayedRowIndex:e,isVirtual:!0,isVirtualX:!0,rowInfo:t,startColIndex:n,endColIndex:r,getLeft:i}):void 0},{default:({item:e,index:t,renderedItemWithCols:n})=>n||Y({rowInfo:e,displayedRowIndex:t,isVirtual:!0,isVirtualX:!1,startColIndex:0,endColIndex:0,getLeft(e){return 0}})},1032,[`items`,`itemSize`,`visibleItemsTag`,`visibleItemsProps`,`onResize`,`onScroll`,`itemsStyle`,`itemResizable`,`columns`,`renderItemWithCols`])):(r(),v(p,{key:5},[b(`table`,{class:z(`${i}-data-table-table`),onMouseleave:k,style:w({tableLayout:this.mergedTableLayout})},[b(`colgroup`,null,[D(()=>a.map(e=>(r(),v(`col`,{key:e.key,style:w(e.style)},null,4))))]),this.showHeader?(r(),d(Zr,{key:0,discrete:!1})):D(()=>null),this.empty?D(()=>null):(r(),v(`tbody`,{key:2,"data-n-id":C,class:z(`${i}-data-table-tbody`)},[D(()=>W.map((e,t)=>Y({rowInfo:e,displayedRowIndex:t,isVirtual:!1,isVirtualX:!1,startColIndex:-1,endColIndex:-1,getLeft(e){return-1}})))],10,[`data-n-id`]))],46,ci),this.empty?(r(),v(p,{key:0},[D(()=>h())],64)):D(()=>null)],64))}},1040,[`scrollable`,`class`,`style`,`theme`,`themeOverrides`,`contentStyle`,`container`,`content`,`internalExposeWidthCssVar`,`xScrollable`,`onScroll`,`internalOnUpdateScrollLeft`,`onResize`])}}),fi=x({name:`MainTable`,setup(){let{mergedClsPrefixRef:e,rightFixedColumnsRef:t,leftFixedColumnsRef:n,bodyWidthRef:r,maxHeightRef:i,minHeightRef:a,flexHeightRef:c,virtualScrollHeaderRef:l,syncScrollState:d,scrollXRef:f}=s(ir),p=o(null),m=o(null),h=o(null),_=o(!(n.value.length||t.value.length)),v=g(()=>({maxHeight:ze(i.value),minHeight:ze(a.value)}));function y(e){r.value=e.contentRect.width,d(`layout`),_.value||=!0}function b(){let{value:e}=p;return e?l.value?e.virtualListRef?.listElRef||null:e.$el:null}function x(){let{value:e}=m;return e?e.getScrollContainer():null}let S={getBodyElement:x,getHeaderElement:b,scrollTo(e,t){m.value?.scrollTo(e,t)}};return u(()=>{let{value:t}=h;if(!t)return;let n=`${e.value}-data-table-base-table--transition-disabled`;_.value?setTimeout(()=>{t.classList.remove(n)},0):t.classList.add(n)}),{maxHeight:i,mergedClsPrefix:e,selfElRef:h,headerInstRef:p,bodyInstRef:m,bodyStyle:v,flexHeight:c,handleBodyResize:y,scrollX:f,...S}},render(){let{mergedClsPrefix:e,maxHeight:t,flexHeight:n}=this,i=t===void 0&&!n;return r(),v(`div`,{class:z(`${e}-data-table-base-table`),ref:`selfElRef`},[i?D(()=>null):(r(),d(Zr,{key:1,ref:`headerInstRef`},null,512)),(r(),d(di,{ref:`bodyInstRef`,bodyStyle:this.bodyStyle,showHeader:i,flexHeight:n,onResize:this.handleBodyResize},null,8,[`bodyStyle`,`showHeader`,`flexHeight`,`onResize`]))],2)}}),pi=hi(),mi=M([A(`data-table`,`
 width: 100%;
 font-size: var(--n-font-size);
 display: flex;
 flex-direction: column;
 position: relative;
 --n-merged-th-color: var(--n-th-color);
 --n-merged-td-color: var(--n-td-color);
 --n-merged-border-color: var(--n-border-color);
 --n-merged-th-color-hover: var(--n-th-color-hover);
 --n-merged-th-color-sorting: var(--n-th-color-sorting);
 --n-merged-td-color-hover: var(--n-td-color-hover);
 --n-merged-td-color-sorting: var(--n-td-color-sorting);
 --n-merged-td-color-striped: var(--n-td-color-striped);
 `,[A(`data-table-wrapper`,`
 flex-grow: 1;
 display: flex;
 flex-direction: column;
 `),E(`empty`,[A(`data-table-base-table`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `),A(`data-table-base-table-body`,[`height: 100%;`,A(`scrollbar-content`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `)])]),E(`flex-height`,[M(`>`,[A(`data-table-wrapper`,[M(`>`,[A(`data-table-base-table`,`
 display: flex;
 flex-direction: column;
 flex-grow: 1;
 `,[M(`>`,[A(`data-table-base-table-body`,`flex-basis: 0;`,[M(`&:last-child`,`flex-grow: 1;`)])])])])])])]),M(`>`,[A(`data-table-loading-wrapper`,`
 color: var(--n-loading-color);
 font-size: var(--n-loading-size);
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 transition: color .3s var(--n-bezier);
 display: flex;
 align-items: center;
 justify-content: center;
 `,[Ne({originalTransform:`translateX(-50%) translateY(-50%)`})])]),A(`data-table-expand-placeholder`,`
 margin-right: 8px;
 display: inline-block;
 width: 16px;
 height: 1px;
 `),A(`data-table-indent`,`
 display: inline-block;
 height: 1px;
 `),A(`data-table-expand-trigger`,`
 display: inline-flex;
 margin-right: 8px;
 cursor: pointer;
 font-size: 16px;
 vertical-align: -0.2em;
 position: relative;
 width: 16px;
 height: 16px;
 color: var(--n-td-text-color);
 transition: color .3s var(--n-bezier);
 `,[E(`expanded`,[A(`icon`,`transform: rotate(90deg);`,[se({originalTransform:`rotate(90deg)`})]),A(`base-icon`,`transform: rotate(90deg);`,[se({originalTransform:`rotate(90deg)`})])]),A(`base-loading`,`
 color: var(--n-loading-color);
 transition: color .3s var(--n-bezier);
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[se()]),A(`icon`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[se()]),A(`base-icon`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[se()])]),A(`data-table-thead`,`
 transition: background-color .3s var(--n-bezier);
 background-color: var(--n-merged-th-color);
 `),A(`data-table-tr`,`
 position: relative;
 box-sizing: border-box;
 background-clip: padding-box;
 transition: background-color .3s var(--n-bezier);
 `,[A(`data-table-expand`,`
 position: sticky;
 left: 0;
 overflow: hidden;
 margin: calc(var(--n-th-padding) * -1);
 padding: var(--n-th-padding);
 box-sizing: border-box;
 `),E(`striped`,`background-color: var(--n-merged-td-color-striped);`,[A(`data-table-td`,`background-color: var(--n-merged-td-color-striped);`)]),oe(`summary`,[M(`&:hover`,`background-color: var(--n-merged-td-color-hover);`,[M(`>`,[A(`data-table-td`,`background-color: var(--n-merged-td-color-hover);`)])])])]),A(`data-table-th`,`
 padding: var(--n-th-padding);
 position: relative;
 text-align: start;
 box-sizing: border-box;
 background-color: var(--n-merged-th-color);
 border-color: var(--n-merged-border-color);
 border-bottom: 1px solid var(--n-merged-border-color);
 color: var(--n-th-text-color);
 transition:
 border-color .3s var(--n-bezier),
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 font-weight: var(--n-th-font-weight);
 `,[E(`filterable`,`
 padding-right: 36px;
 `,[E(`sortable`,`
 padding-right: calc(var(--n-th-padding) + 36px);
 `)]),pi,E(`selection`,`
 padding: 0;
 text-align: center;
 line-height: 0;
 z-index: 3;
 `),Q(`title-wrapper`,`
 display: flex;
 align-items: center;
 flex-wrap: nowrap;
 max-width: 100%;
 `,[Q(`title`,`
 flex: 1;
 min-width: 0;
 `)]),Q(`ellipsis`,`
 display: inline-block;
 vertical-align: bottom;
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap;
 max-width: 100%;
 `),E(`hover`,`
 background-color: var(--n-merged-th-color-hover);
 `),E(`sorting`,`
 background-color: var(--n-merged-th-color-sorting);
 `),E(`sortable`,`
 cursor: pointer;
 `,[Q(`ellipsis`,`
 max-width: calc(100% - 18px);
 `),M(`&:hover`,`
 background-color: var(--n-merged-th-color-hover);
 `)]),A(`data-table-sorter`,`
 height: var(--n-sorter-size);
 width: var(--n-sorter-size);
 margin-left: 4px;
 position: relative;
 display: inline-flex;
 align-items: center;
 justify-content: center;
 vertical-align: -0.2em;
 color: var(--n-th-icon-color);
 transition: color .3s var(--n-bezier);
 `,[A(`base-icon`,`transition: transform .3s var(--n-bezier)`),E(`desc`,[A(`base-icon`,`
 transform: rotate(0deg);
 `)]),E(`asc`,[A(`base-icon`,`
 transform: rotate(-180deg);
 `)]),E(`asc, desc`,`
 color: var(--n-th-icon-color-active);
 `)]),A(`data-table-resize-button`,`
 width: var(--n-resizable-container-size);
 position: absolute;
 top: 0;
 right: calc(var(--n-resizable-container-size) / 2);
 bottom: 0;
 cursor: col-resize;
 user-select: none;
 `,[M(`&::after`,`
 width: var(--n-resizable-size);
 height: 50%;
 position: absolute;
 top: 50%;
 left: calc(var(--n-resizable-container-size) / 2);
 bottom: 0;
 background-color: var(--n-merged-border-color);
 transform: translateY(-50%);
 transition: background-color .3s var(--n-bezier);
 z-index: 1;
 content: '';
 `),E(`active`,[M(`&::after`,` 
 background-color: var(--n-th-icon-color-active);
 `)]),M(`&:hover::after`,`
 background-color: var(--n-th-icon-color-active);
 `)]),A(`data-table-filter`,`
 position: absolute;
 z-index: auto;
 right: 0;
 width: 36px;
 top: 0;
 bottom: 0;
 cursor: pointer;
 display: flex;
 justify-content: center;
 align-items: center;
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 font-size: var(--n-filter-size);
 color: var(--n-th-icon-color);
 `,[M(`&:hover`,`
 background-color: var(--n-th-button-color-hover);
 `),E(`show`,`
 background-color: var(--n-th-button-color-hover);
 `),E(`active`,`
 background-color: var(--n-th-button-color-hover);
 color: var(--n-th-icon-color-active);
 `)])]),A(`data-table-td`,`
 padding: var(--n-td-padding);
 text-align: start;
 box-sizing: border-box;
 border: none;
 background-color: var(--n-merged-td-color);
 color: var(--n-td-text-color);
 border-bottom: 1px solid var(--n-merged-border-color);
 transition:
 box-shadow .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `,[E(`expand`,[A(`data-table-expand-trigger`,`
 margin-right: 0;
 `)]),E(`last-row`,`
 border-bottom: 0 solid var(--n-merged-border-color);
 `,[M(`&::after`,`
 bottom: 0 !important;
 `),M(`&::before`,`
 bottom: 0 !important;
 `)]),E(`summary`,`
 background-color: var(--n-merged-th-color);
 `),E(`hover`,`
 background-color: var(--n-merged-td-color-hover);
 `),E(`sorting`,`
 background-color: var(--n-merged-td-color-sorting);
 `),Q(`ellipsis`,`
 display: inline-block;
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap;
 max-width: 100%;
 vertical-align: bottom;
 max-width: calc(100% - var(--indent-offset, -1.5) * 16px - 24px);
 `),E(`selection, expand`,`
 text-align: center;
 padding: 0;
 line-height: 0;
 `),pi]),A(`data-table-empty`,`
 box-sizing: border-box;
 padding: var(--n-empty-padding);
 flex-grow: 1;
 flex-shrink: 0;
 opacity: 1;
 display: flex;
 align-items: center;
 justify-content: center;
 transition: opacity .3s var(--n-bezier);
 `,[E(`hide`,`
 opacity: 0;
 `)]),Q(`pagination`,`
 margin: var(--n-pagination-margin);
 display: flex;
 justify-content: flex-end;
 `),A(`data-table-wrapper`,`
 position: relative;
 opacity: 1;
 transition: opacity .3s var(--n-bezier), border-color .3s var(--n-bezier);
 border-top-left-radius: var(--n-border-radius);
 border-top-right-radius: var(--n-border-radius);
 line-height: var(--n-line-height);
 `),E(`loading`,[A(`data-table-wrapper`,`
 opacity: var(--n-opacity-loading);
 pointer-events: none;
 `)]),E(`single-column`,[A(`data-table-td`,`
 border-bottom: 0 solid var(--n-merged-border-color);
 `,[M(`&::after, &::before`,`
 bottom: 0 !important;
 `)])]),oe(`single-line`,[A(`data-table-th`,`
 border-right: 1px solid var(--n-merged-border-color);
 `,[E(`last`,`
 border-right: 0 solid var(--n-merged-border-color);
 `)]),A(`data-table-td`,`
 border-right: 1px solid var(--n-merged-border-color);
 `,[E(`last-col`,`
 border-right: 0 solid var(--n-merged-border-color);
 `)])]),E(`bordered`,[A(`data-table-wrapper`,`
 border: 1px solid var(--n-merged-border-color);
 border-bottom-left-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 overflow: hidden;
 `)]),A(`data-table-base-table`,[E(`transition-disabled`,[A(`data-table-th`,[M(`&::after, &::before`,`transition: none;`)]),A(`data-table-td`,[M(`&::after, &::before`,`transition: none;`)])])]),E(`bottom-bordered`,[A(`data-table-td`,[E(`last-row`,`
 border-bottom: 1px solid var(--n-merged-border-color);
 `)])]),A(`data-table-table`,`
 font-variant-numeric: tabular-nums;
 width: 100%;
 word-break: break-word;
 transition: background-color .3s var(--n-bezier);
 border-collapse: separate;
 border-spacing: 0;
 background-color: var(--n-merged-td-color);
 `),A(`data-table-base-table-header`,`
 border-top-left-radius: calc(var(--n-border-radius) - 1px);
 border-top-right-radius: calc(var(--n-border-radius) - 1px);
 z-index: 3;
 overflow: scroll;
 flex-shrink: 0;
 transition: border-color .3s var(--n-bezier);
 scrollbar-width: none;
 `,[M(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
 display: none;
 width: 0;
 height: 0;
 `)]),A(`data-table-check-extra`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-th-icon-color);
 position: absolute;
 font-size: 14px;
 right: -4px;
 top: 50%;
 transform: translateY(-50%);
 z-index: 1;
 `)]),A(`data-table-filter-menu`,[A(`scrollbar`,`
 max-height: 240px;
 `),Q(`group`,`
 display: flex;
 flex-direction: column;
 padding: 12px 12px 0 12px;
 `,[A(`checkbox`,`
 margin-bottom: 12px;
 margin-right: 0;
 `),A(`radio`,`
 margin-bottom: 12px;
 margin-right: 0;
 `)]),Q(`action`,`
 padding: var(--n-action-padding);
 display: flex;
 flex-wrap: nowrap;
 justify-content: space-evenly;
 border-top: 1px solid var(--n-action-divider-color);
 `,[A(`button`,[M(`&:not(:last-child)`,`
 margin: var(--n-action-button-margin);
 `),M(`&:last-child`,`
 margin-right: 0;
 `)])]),A(`divider`,`
 margin: 0 !important;
 `)]),ee(A(`data-table`,`
 --n-merged-th-color: var(--n-th-color-modal);
 --n-merged-td-color: var(--n-td-color-modal);
 --n-merged-border-color: var(--n-border-color-modal);
 --n-merged-th-color-hover: var(--n-th-color-hover-modal);
 --n-merged-td-color-hover: var(--n-td-color-hover-modal);
 --n-merged-th-color-sorting: var(--n-th-color-hover-modal);
 --n-merged-td-color-sorting: var(--n-td-color-hover-modal);
 --n-merged-td-color-striped: var(--n-td-color-striped-modal);
 `)),K(A(`data-table`,`
 --n-merged-th-color: var(--n-th-color-popover);
 --n-merged-td-color: var(--n-td-color-popover);
 --n-merged-border-color: var(--n-border-color-popover);
 --n-merged-th-color-hover: var(--n-th-color-hover-popover);
 --n-merged-td-color-hover: var(--n-td-color-hover-popover);
 --n-merged-th-color-sorting: var(--n-th-color-hover-popover);
 --n-merged-td-color-sorting: var(--n-td-color-hover-popover);
 --n-merged-td-color-striped: var(--n-td-color-striped-popover);
 `))]);function hi(){return[E(`fixed-left`,`
 left: 0;
 position: sticky;
 z-index: 2;
 `,[M(`&::after`,`
 pointer-events: none;
 content: "";
 width: 36px;
 display: inline-block;
 position: absolute;
 top: 0;
 bottom: -1px;
 transition: box-shadow .2s var(--n-bezier);
 right: -36px;
 `)]),E(`fixed-right`,`
 right: 0;
 position: sticky;
 z-index: 1;
 `,[M(`&::before`,`
 pointer-events: none;
 content: "";
 width: 36px;
 display: inline-block;
 position: absolute;
 top: 0;
 bottom: -1px;
 transition: box-shadow .2s var(--n-bezier);
 left: -36px;
 `)])]}function gi(e,t){let{paginatedDataRef:n,treeMateRef:r,selectionColumnRef:i}=t,a=o(e.defaultCheckedRowKeys),s=g(()=>{let{checkedRowKeys:t}=e,n=t===void 0?a.value:t;return i.value?.multiple===!1?{checkedKeys:n.slice(0,1),indeterminateKeys:[]}:r.value.getCheckedKeys(n,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded})}),c=g(()=>s.value.checkedKeys),l=g(()=>s.value.indeterminateKeys),u=g(()=>new Set(c.value)),d=g(()=>new Set(l.value)),f=g(()=>{let{value:e}=u;return n.value.reduce((t,n)=>{let{key:r,disabled:i}=n;return t+(!i&&e.has(r)?1:0)},0)}),p=g(()=>n.value.filter(e=>e.disabled).length),m=g(()=>{let{length:e}=n.value,{value:t}=d;return f.value>0&&f.value<e-p.value||n.value.some(e=>t.has(e.key))}),h=g(()=>{let{length:e}=n.value;return f.value!==0&&f.value===e-p.value}),_=g(()=>n.value.length===0);function v(t,n,i){let{"onUpdate:checkedRowKeys":o,onUpdateCheckedRowKeys:s,onCheckedRowKeysChange:c}=e,l=[],{value:{getNode:u}}=r;t.forEach(e=>{let t=u(e)?.rawNode;l.push(t)}),o&&j(o,t,l,{row:n,action:i}),s&&j(s,t,l,{row:n,action:i}),c&&j(c,t,l,{row:n,action:i}),a.value=t}function y(t,n=!1,i){e.loading||v(n?Array.isArray(t)?t.slice(0,1):[t]:r.value.check(t,c.value,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,i,`check`)}function b(t,n){e.loading||v(r.value.uncheck(t,c.value,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,n,`uncheck`)}function x(t=!1){let{value:a}=i;if(!a||e.loading)return;let o=[];(t?r.value.treeNodes:n.value).forEach(e=>{e.disabled||o.push(e.key)}),v(r.value.check(o,c.value,{cascade:!0,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,void 0,`checkAll`)}function S(t=!1){let{value:a}=i;if(!a||e.loading)return;let o=[];(t?r.value.treeNodes:n.value).forEach(e=>{e.disabled||o.push(e.key)}),v(r.value.uncheck(o,c.value,{cascade:!0,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,void 0,`uncheckAll`)}return{mergedCheckedRowKeySetRef:u,mergedCheckedRowKeysRef:c,mergedInderminateRowKeySetRef:d,someRowsCheckedRef:m,allRowsCheckedRef:h,headerCheckboxDisabledRef:_,doUpdateCheckedRowKeys:v,doCheckAll:x,doUncheckAll:S,doCheck:y,doUncheck:b}}function _i(e,t){let n=W(()=>{for(let t of e.columns)if(t.type===`expand`)return t.renderExpand}),r=W(()=>{let t;for(let n of e.columns)if(n.type===`expand`){t=n.expandable;break}return t}),i=o(e.defaultExpandAll?n?.value?(()=>{let e=[];return t.value.treeNodes.forEach(t=>{r.value?.(t.rawNode)&&e.push(t.key)}),e})():t.value.getNonLeafKeys():e.defaultExpandedRowKeys),a=_(e,`expandedRowKeys`),s=_(e,`stickyExpandedRows`),c=nt(a,i);function l(t){let{onUpdateExpandedRowKeys:n,"onUpdate:expandedRowKeys":r}=e;n&&j(n,t),r&&j(r,t),i.value=t}return{stickyExpandedRowsRef:s,mergedExpandedRowKeysRef:c,renderExpandRef:n,expandableRef:r,doUpdateExpandedRowKeys:l}}function vi(e,t){let n=[],r=[],i=[],a=new WeakMap,o=-1,s=0,c=!1,l=0;function u(e,a){a>o&&(n[a]=[],o=a),e.forEach(e=>{if(`children`in e)u(e.children,a+1);else{let n=`key`in e?e.key:void 0;r.push({key:mr(e),style:vr(e,n===void 0?void 0:ze(t(n))),column:e,index:l++,width:e.width===void 0?128:Number(e.width)}),s+=1,c||=!!e.ellipsis,i.push(e)}})}u(e,0),l=0;function d(e,t){let r=0;e.forEach(e=>{if(`children`in e){let r=l,i={column:e,colIndex:l,colSpan:0,rowSpan:1,isLast:!1};d(e.children,t+1),e.children.forEach(e=>{i.colSpan+=a.get(e)?.colSpan??0}),r+i.colSpan===s&&(i.isLast=!0),a.set(e,i),n[t].push(i)}else{if(l<r){l+=1;return}let i=1;`titleColSpan`in e&&(i=e.titleColSpan??1),i>1&&(r=l+i);let c=l+i===s,u={column:e,colSpan:i,colIndex:l,rowSpan:o-t+1,isLast:c};a.set(e,u),n[t].push(u),l+=1}})}return d(e,0),{hasEllipsis:c,rows:n,cols:r,dataRelatedCols:i}}function yi(e,t){let n=g(()=>vi(e.columns,t));return{rowsRef:g(()=>n.value.rows),colsRef:g(()=>n.value.cols),hasEllipsisRef:g(()=>n.value.hasEllipsis),dataRelatedColsRef:g(()=>n.value.dataRelatedCols)}}function bi(){let e=o({});function t(t){return e.value[t]}function n(t,n){Sr(t)&&`key`in t&&(e.value[t.key]=n)}function r(){e.value={}}return{getResizableWidth:t,doUpdateResizableWidth:n,clearResizableWidth:r}}function xi(e,{mainTableInstRef:t,mergedCurrentPageRef:n,bodyWidthRef:r,maxHeightRef:i,mergedTableLayoutRef:a,mergedEmptyRef:s}){let u=g(()=>e.scrollX!==void 0||i.value!==void 0||e.flexHeight),d=g(()=>{let t=!u.value&&a.value===`auto`;return e.scrollX!==void 0||t}),f=0,p=o(),m=o(null),h=o([]),_=o(null),v=o([]),y=g(()=>ze(e.scrollX)),b=g(()=>e.columns.filter(e=>e.fixed===`left`)),x=g(()=>e.columns.filter(e=>e.fixed===`right`)),S=g(()=>{let e={},t=0;function n(r){r.forEach(r=>{let i={start:t,end:0};e[mr(r)]=i,`children`in r?(n(r.children),i.end=t):(t+=fr(r)||0,i.end=t)})}return n(b.value),e}),C=g(()=>{let e={},t=0;function n(r){for(let i=r.length-1;i>=0;--i){let a=r[i],o={start:t,end:0};e[mr(a)]=o,`children`in a?(n(a.children),o.end=t):(t+=fr(a)||0,o.end=t)}}return n(x.value),e});function w(){let{value:e}=b,t=0,{value:n}=S,r=null;for(let i=0;i<e.length;++i){let a=mr(e[i]);if(f>(n[a]?.start||0)-t)r=a,t=n[a]?.end||0;else break}m.value=r}function T(){h.value=[];let t=e.columns.find(e=>mr(e)===m.value);for(;t&&`children`in t;){let e=t.children.length;if(e===0)break;let n=t.children[e-1];h.value.push(mr(n)),t=n}}function E(){let{value:t}=x,n=Number(e.scrollX),{value:i}=r;if(i===null)return;let a=0,o=null,{value:s}=C;for(let e=t.length-1;e>=0;--e){let r=mr(t[e]);if(Math.round(f+(s[r]?.start||0)+i-a)<n)o=r,a=s[r]?.end||0;else break}_.value=o}function D(){v.value=[];let t=e.columns.find(e=>mr(e)===_.value);for(;t&&`children`in t&&t.children.length;){let e=t.children[0];v.value.push(mr(e)),t=e}}function O(){return{header:t.value?t.value.getHeaderElement():null,body:t.value?t.value.getBodyElement():null}}function k(){let{body:e}=O();e&&(e.scrollTop=0)}function A(){p.value===`body`?p.value=void 0:We(M,`head`)}function j(t){e.onScroll?.(t),p.value===`head`?p.value=void 0:We(M,`body`)}function M(e){let{header:t,body:n}=O();if(!n)return;if(e===`layout`)t&&(t.scrollLeft=f),n.scrollLeft=f;else if(t){if(e===`head`)f=t.scrollLeft,n.scrollLeft=f,p.value=`head`;else if(e===`body`)f=n.scrollLeft,t.scrollLeft=f,p.value=`body`;else{let e=f-t.scrollLeft;p.value=e===0?`body`:`head`,p.value===`head`?(f=t.scrollLeft,n.scrollLeft=f):(f=n.scrollLeft,t.scrollLeft=f)}}else e!==`head`&&(f=n.scrollLeft);let{value:i}=r;i!==null&&(w(),T(),E(),D())}function N(e){let{header:t}=O();t&&(t.scrollLeft=e,f=e,M(`head`))}return l(n,()=>{k()}),l([()=>e.virtualScroll,s],()=>{c(()=>{M(`layout`)})}),{styleScrollXRef:y,fixedColumnLeftMapRef:S,fixedColumnRightMapRef:C,leftFixedColumnsRef:b,rightFixedColumnsRef:x,leftActiveFixedColKeyRef:m,leftActiveFixedChildrenColKeysRef:h,rightActiveFixedColKeyRef:_,rightActiveFixedChildrenColKeysRef:v,syncScrollState:M,handleTableBodyScroll:j,handleTableHeaderScroll:A,setHeaderScrollLeft:N,explicitlyScrollableRef:u,xScrollableRef:d}}function Si(e){return typeof e==`object`&&typeof e.multiple==`number`&&e.multiple}function Ci(e,t){return t&&(e===void 0||e==="default"||typeof e==`object`&&e.compare==="default")?wi(t):typeof e==`function`?e:e&&typeof e==`object`&&e.compare&&e.compare!=="default"?e.compare:!1}function wi(e){return(t,n)=>{let r=t[e],i=n[e];return r==null?i==null?0:-1:i==null?1:typeof r==`number`&&typeof i==`number`?r-i:typeof r==`string`&&typeof i==`string`?r.localeCompare(i):0}}function Ti(e,{dataRelatedColsRef:t,filteredDataRef:n}){let r=[];t.value.forEach(e=>{e.sorter!==void 0&&p(r,{columnKey:e.key,sorter:e.sorter,order:e.defaultSortOrder??!1})});let i=o(r),a=g(()=>{let e=t.value.filter(e=>e.type!==`selection`&&e.sorter!==void 0&&(e.sortOrder===`ascend`||e.sortOrder===`descend`||e.sortOrder===!1)),n=e.filter(e=>e.sortOrder!==!1);if(n.length)return n.map(e=>({columnKey:e.key,order:e.sortOrder,sorter:e.sorter}));if(e.length)return[];let{value:r}=i;return Array.isArray(r)?r:r?[r]:[]}),s=g(()=>{let e=a.value.slice().sort((e,t)=>{let n=Si(e.sorter)||0;return(Si(t.sorter)||0)-n});return e.length?n.value.slice().sort((t,n)=>{let r=0;return e.some(e=>{let{columnKey:i,sorter:a,order:o}=e,s=Ci(a,i);return s&&o&&(r=s(t.rawNode,n.rawNode),r!==0)?(r*=gr(o),!0):!1}),r}):n.value});function c(e){let t=a.value.slice();return e&&Si(e.sorter)!==!1?(t=t.filter(e=>Si(e.sorter)!==!1),p(t,e),t):e||null}function l(e){u(c(e))}function u(t){let{"onUpdate:sorter":n,onUpdateSorter:r,onSorterChange:a}=e;n&&j(n,t),r&&j(r,t),a&&j(a,t),i.value=t}function d(e,n=`ascend`){if(!e)f();else{let r=t.value.find(t=>t.type!==`selection`&&t.type!==`expand`&&t.key===e);if(!r?.sorter)return;let i=r.sorter;l({columnKey:e,sorter:i,order:n})}}function f(){u(null)}function p(e,t){let n=e.findIndex(e=>t?.columnKey&&e.columnKey===t.columnKey);n!==void 0&&n>=0?e[n]=t:e.push(t)}return{clearSorter:f,sort:d,sortedDataRef:s,mergedSortStateRef:a,deriveNextSorter:l}}function Ei(e,{dataRelatedColsRef:t}){let n=g(()=>{let t=e=>{for(let n=0;n<e.length;++n){let r=e[n];if(`children`in r)return t(r.children);if(r.type===`selection`)return r}return null};return t(e.columns)}),r=g(()=>{let{childrenKey:t}=e;return Ee(e.data,{ignoreEmptyChildren:!0,getKey:e.rowKey,getChildren:e=>e[t],getDisabled:e=>!!n.value?.disabled?.(e)})}),i=W(()=>{let{columns:t}=e,{length:n}=t,r=null;for(let e=0;e<n;++e){let n=t[e];if(!n.type&&r===null&&(r=e),`tree`in n&&n.tree)return e}return r||0}),a=o({}),{pagination:s}=e,c=o(s&&s.defaultPage||1),l=o(Gn(s)),u=g(()=>{let e=t.value.filter(e=>e.filterOptionValues!==void 0||e.filterOptionValue!==void 0),n={};return e.forEach(e=>{e.type!==`selection`&&e.type!==`expand`&&(e.filterOptionValues===void 0?n[e.key]=e.filterOptionValue??null:n[e.key]=e.filterOptionValues)}),Object.assign(hr(a.value),n)}),d=g(()=>{let t=u.value,{columns:n}=e;function i(e){return(t,n)=>!!~String(n[e]).indexOf(String(t))}let{value:{treeNodes:a}}=r,o=[];return n.forEach(e=>{e.type===`selection`||e.type===`expand`||`children`in e||o.push([e.key,e])}),a?a.filter(e=>{let{rawNode:n}=e;for(let[e,r]of o){let a=t[e];if(a==null||(Array.isArray(a)||(a=[a]),!a.length))continue;let o=r.filter==="default"?i(e):r.filter;if(r&&typeof o==`function`){if(r.filterMode===`and`){if(a.some(e=>!o(e,n)))return!1}else if(a.some(e=>o(e,n)))continue;else return!1}}return!0}):[]}),{sortedDataRef:f,deriveNextSorter:p,mergedSortStateRef:m,sort:h,clearSorter:_}=Ti(e,{dataRelatedColsRef:t,filteredDataRef:d});t.value.forEach(e=>{if(e.filter){let t=e.defaultFilterOptionValues;e.filterMultiple?a.value[e.key]=t||[]:t===void 0?a.value[e.key]=e.defaultFilterOptionValue??null:a.value[e.key]=t===null?[]:t}});let v=g(()=>{let{pagination:t}=e;if(t!==!1)return t.page}),y=g(()=>{let{pagination:t}=e;if(t!==!1)return t.pageSize}),b=nt(v,c),x=nt(y,l),S=W(()=>{let t=b.value;return e.remote?t:Math.max(1,Math.min(Math.ceil(d.value.length/x.value),t))}),C=g(()=>{let{pagination:t}=e;if(t){let{pageCount:e}=t;if(e!==void 0)return e}}),w=g(()=>{if(e.remote)return r.value.treeNodes;if(!e.pagination)return f.value;let t=x.value,n=(S.value-1)*t;return f.value.slice(n,n+t)}),T=g(()=>w.value.map(e=>e.rawNode)),E=g(()=>f.value.map(e=>e.rawNode));function D(t){let{pagination:n}=e;if(n){let{onChange:e,"onUpdate:page":r,onUpdatePage:i}=n;e&&j(e,t),i&&j(i,t),r&&j(r,t),M(t)}}function O(t){let{pagination:n}=e;if(n){let{onPageSizeChange:e,"onUpdate:pageSize":r,onUpdatePageSize:i}=n;e&&j(e,t),i&&j(i,t),r&&j(r,t),N(t)}}let k=g(()=>{if(e.remote){let{pagination:t}=e;if(t){let{itemCount:e}=t;if(e!==void 0)return e}}else return d.value.length}),A=g(()=>({...e.pagination,onChange:void 0,onUpdatePage:void 0,onUpdatePageSize:void 0,onPageSizeChange:void 0,"onUpdate:page":D,"onUpdate:pageSize":O,page:S.value,pageSize:x.value,pageCount:k.value===void 0?C.value:void 0,itemCount:k.value}));function M(t){let{"onUpdate:page":n,onPageChange:r,onUpdatePage:i}=e;i&&j(i,t),n&&j(n,t),r&&j(r,t),c.value=t}function N(t){let{"onUpdate:pageSize":n,onPageSizeChange:r,onUpdatePageSize:i}=e;r&&j(r,t),i&&j(i,t),n&&j(n,t),l.value=t}function P(t,n){let{onUpdateFilters:r,"onUpdate:filters":i,onFiltersChange:o}=e;r&&j(r,t,n),i&&j(i,t,n),o&&j(o,t,n),a.value=t}function F(t,n,r,i){e.onUnstableColumnResize?.(t,n,r,i)}function I(e){M(e)}function L(){R()}function R(){z({})}function z(e){B(e)}function B(e){e?e&&(a.value=hr(e)):a.value={}}return{treeMateRef:r,mergedCurrentPageRef:S,mergedPaginationRef:A,paginatedDataRef:w,rawPaginatedDataRef:T,rawSortedDataRef:E,mergedFilterStateRef:u,mergedSortStateRef:m,hoverKeyRef:o(null),selectionColumnRef:n,childTriggerColIndexRef:i,doUpdateFilters:P,deriveNextSorter:p,doUpdatePageSize:N,doUpdatePage:M,onUnstableColumnResize:F,filter:B,filters:z,clearFilter:L,clearFilters:R,clearSorter:_,page:I,sort:h}}var Di=x({name:`DataTable`,alias:[`AdvancedTable`],props:rr,slots:Object,setup(e,{slots:t}){let{mergedBorderedRef:n,mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedRtlRef:s,mergedComponentPropsRef:c}=P(e),l=Y(`DataTable`,s,r),u=g(()=>e.size||c?.value?.DataTable?.size||`medium`),d=g(()=>{let{bottomBordered:t}=e;return n.value?!1:t===void 0||t}),f=X(`DataTable`,`-data-table`,mi,nr,e,r),p=o(null),m=o(null),{getResizableWidth:h,clearResizableWidth:v,doUpdateResizableWidth:y}=bi(),{rowsRef:b,colsRef:x,dataRelatedColsRef:S,hasEllipsisRef:C}=yi(e,h),{treeMateRef:w,mergedCurrentPageRef:T,paginatedDataRef:E,rawPaginatedDataRef:D,rawSortedDataRef:O,selectionColumnRef:k,hoverKeyRef:A,mergedPaginationRef:j,mergedFilterStateRef:M,mergedSortStateRef:N,childTriggerColIndexRef:F,doUpdatePage:I,doUpdateFilters:L,onUnstableColumnResize:R,deriveNextSorter:z,filter:B,filters:U,clearFilter:ee,clearFilters:W,clearSorter:G,page:K,sort:q}=Ei(e,{dataRelatedColsRef:S}),J=g(()=>E.value.length===0),te=t=>{let{fileName:n=`data.csv`,keepOriginalData:r=!1}=t||{},i=r?e.data:D.value,a=Or(e.columns,i,e.getCsvCell,e.getCsvHeader),o=new Blob([a],{type:`text/csv;charset=utf-8`}),s=URL.createObjectURL(o);ht(s,n.endsWith(`.csv`)?n:`${n}.csv`),URL.revokeObjectURL(s)},{doCheckAll:ne,doUncheckAll:re,doCheck:ie,doUncheck:ae,headerCheckboxDisabledRef:oe,someRowsCheckedRef:Z,allRowsCheckedRef:Q,mergedCheckedRowKeySetRef:se,mergedInderminateRowKeySetRef:ce}=gi(e,{selectionColumnRef:k,treeMateRef:w,paginatedDataRef:E}),{stickyExpandedRowsRef:le,mergedExpandedRowKeysRef:ue,renderExpandRef:de,expandableRef:fe,doUpdateExpandedRowKeys:me}=_i(e,w),he=_(e,`maxHeight`),ge=g(()=>e.virtualScroll||e.flexHeight||e.maxHeight!==void 0||C.value?`fixed`:e.tableLayout),{handleTableBodyScroll:_e,handleTableHeaderScroll:ve,syncScrollState:ye,setHeaderScrollLeft:be,leftActiveFixedColKeyRef:xe,leftActiveFixedChildrenColKeysRef:Se,rightActiveFixedColKeyRef:Ce,rightActiveFixedChildrenColKeysRef:we,leftFixedColumnsRef:Te,rightFixedColumnsRef:Ee,fixedColumnLeftMapRef:De,fixedColumnRightMapRef:Oe,xScrollableRef:ke,explicitlyScrollableRef:Ae}=xi(e,{bodyWidthRef:p,mainTableInstRef:m,mergedCurrentPageRef:T,maxHeightRef:he,mergedTableLayoutRef:ge,mergedEmptyRef:J}),{localeRef:je}=pe(`DataTable`);a(ir,{xScrollableRef:ke,explicitlyScrollableRef:Ae,props:e,treeMateRef:w,renderExpandIconRef:_(e,`renderExpandIcon`),loadingKeySetRef:o(new Set),slots:t,indentRef:_(e,`indent`),childTriggerColIndexRef:F,bodyWidthRef:p,componentId:rt(),hoverKeyRef:A,mergedClsPrefixRef:r,mergedThemeRef:f,scrollXRef:g(()=>e.scrollX),rowsRef:b,colsRef:x,paginatedDataRef:E,leftActiveFixedColKeyRef:xe,leftActiveFixedChildrenColKeysRef:Se,rightActiveFixedColKeyRef:Ce,rightActiveFixedChildrenColKeysRef:we,leftFixedColumnsRef:Te,rightFixedColumnsRef:Ee,fixedColumnLeftMapRef:De,fixedColumnRightMapRef:Oe,mergedCurrentPageRef:T,someRowsCheckedRef:Z,allRowsCheckedRef:Q,mergedSortStateRef:N,mergedFilterStateRef:M,loadingRef:_(e,`loading`),rowClassNameRef:_(e,`rowClassName`),mergedCheckedRowKeySetRef:se,mergedExpandedRowKeysRef:ue,mergedInderminateRowKeySetRef:ce,localeRef:je,expandableRef:fe,stickyExpandedRowsRef:le,rowKeyRef:_(e,`rowKey`),renderExpandRef:de,summaryRef:_(e,`summary`),virtualScrollRef:_(e,`virtualScroll`),virtualScrollXRef:_(e,`virtualScrollX`),heightForRowRef:_(e,`heightForRow`),minRowHeightRef:_(e,`minRowHeight`),virtualScrollHeaderRef:_(e,`virtualScrollHeader`),headerHeightRef:_(e,`headerHeight`),rowPropsRef:_(e,`rowProps`),stripedRef:_(e,`striped`),checkOptionsRef:g(()=>{let{value:e}=k;return e?.options}),rawPaginatedDataRef:D,filterMenuCssVarsRef:g(()=>{let{self:{actionDividerColor:e,actionPadding:t,actionButtonMargin:n}}=f.value;return{"--n-action-padding":t,"--n-action-button-margin":n,"--n-action-divider-color":e}}),onLoadRef:_(e,`onLoad`),mergedTableLayoutRef:ge,maxHeightRef:he,minHeightRef:_(e,`minHeight`),flexHeightRef:_(e,`flexHeight`),headerCheckboxDisabledRef:oe,paginationBehaviorOnFilterRef:_(e,`paginationBehaviorOnFilter`),summaryPlacementRef:_(e,`summaryPlacement`),filterIconPopoverPropsRef:_(e,`filterIconPopoverProps`),scrollbarPropsRef:_(e,`scrollbarProps`),syncScrollState:ye,doUpdatePage:I,doUpdateFilters:L,getResizableWidth:h,onUnstableColumnResize:R,clearResizableWidth:v,doUpdateResizableWidth:y,deriveNextSorter:z,doCheck:ie,doUncheck:ae,doCheckAll:ne,doUncheckAll:re,doUpdateExpandedRowKeys:me,handleTableHeaderScroll:ve,handleTableBodyScroll:_e,setHeaderScrollLeft:be,renderCell:_(e,`renderCell`)});let Me={filter:B,filters:U,clearFilters:W,clearSorter:G,page:K,sort:q,clearFilter:ee,downloadCsv:te,scrollTo:(e,t)=>{m.value?.scrollTo(e,t)},getFilteredAndSortedData:()=>O.value,getCurrentPageData:()=>D.value},Ne=g(()=>{let e=u.value,{common:{cubicBezierEaseInOut:t},self:{borderColor:n,tdColorHover:r,tdColorSorting:i,tdColorSortingModal:a,tdColorSortingPopover:o,thColorSorting:s,thColorSortingModal:c,thColorSortingPopover:l,thColor:d,thColorHover:p,tdColor:m,tdTextColor:h,thTextColor:g,thFontWeight:_,thButtonColorHover:v,thIconColor:y,thIconColorActive:b,filterSize:x,borderRadius:S,lineHeight:C,tdColorModal:w,thColorModal:T,borderColorModal:E,thColorHoverModal:D,tdColorHoverModal:O,borderColorPopover:k,thColorPopover:A,tdColorPopover:j,tdColorHoverPopover:M,thColorHoverPopover:N,paginationMargin:P,emptyPadding:F,boxShadowAfter:I,boxShadowBefore:L,sorterSize:R,resizableContainerSize:z,resizableSize:B,loadingColor:V,loadingSize:U,opacityLoading:ee,tdColorStriped:W,tdColorStripedModal:G,tdColorStripedPopover:K,[H(`fontSize`,e)]:q,[H(`thPadding`,e)]:J,[H(`tdPadding`,e)]:te}}=f.value;return{"--n-font-size":q,"--n-th-padding":J,"--n-td-padding":te,"--n-bezier":t,"--n-border-radius":S,"--n-line-height":C,"--n-border-color":n,"--n-border-color-modal":E,"--n-border-color-popover":k,"--n-th-color":d,"--n-th-color-hover":p,"--n-th-color-modal":T,"--n-th-color-hover-modal":D,"--n-th-color-popover":A,"--n-th-color-hover-popover":N,"--n-td-color":m,"--n-td-color-hover":r,"--n-td-color-modal":w,"--n-td-color-hover-modal":O,"--n-td-color-popover":j,"--n-td-color-hover-popover":M,"--n-th-text-color":g,"--n-td-text-color":h,"--n-th-font-weight":_,"--n-th-button-color-hover":v,"--n-th-icon-color":y,"--n-th-icon-color-active":b,"--n-filter-size":x,"--n-pagination-margin":P,"--n-empty-padding":F,"--n-box-shadow-before":L,"--n-box-shadow-after":I,"--n-sorter-size":R,"--n-resizable-container-size":z,"--n-resizable-size":B,"--n-loading-size":U,"--n-loading-color":V,"--n-opacity-loading":ee,"--n-td-color-striped":W,"--n-td-color-striped-modal":G,"--n-td-color-striped-popover":K,"--n-td-color-sorting":i,"--n-td-color-sorting-modal":a,"--n-td-color-sorting-popover":o,"--n-th-color-sorting":s,"--n-th-color-sorting-modal":c,"--n-th-color-sorting-popover":l}}),Pe=i?V(`data-table`,g(()=>u.value[0]),Ne,e):void 0;return{mainTableInstRef:m,mergedClsPrefix:r,rtlEnabled:l,mergedTheme:f,paginatedData:E,mergedBordered:n,mergedBottomBordered:d,mergedPagination:j,mergedShowPagination:g(()=>{if(!e.pagination)return!1;if(e.paginateSinglePage)return!0;let t=j.value,{pageCount:n}=t;return n===void 0?t.itemCount&&t.pageSize&&t.itemCount>t.pageSize:n>1}),cssVars:i?void 0:Ne,themeClass:Pe?.themeClass,onRender:Pe?.onRender,mergedEmpty:J,...Me}},render(){let{mergedClsPrefix:e,themeClass:t,onRender:n,$slots:i,spinProps:a}=this;return n?.(),r(),v(`div`,{class:z([`${e}-data-table`,this.rtlEnabled&&`${e}-data-table--rtl`,t,{[`${e}-data-table--bordered`]:this.mergedBordered,[`${e}-data-table--bottom-bordered`]:this.mergedBottomBordered,[`${e}-data-table--single-line`]:this.singleLine,[`${e}-data-table--single-column`]:this.singleColumn,[`${e}-data-table--loading`]:this.loading,[`${e}-data-table--flex-height`]:this.flexHeight,[`${e}-data-table--empty`]:this.mergedEmpty}]),style:w(this.cssVars)},[b(`div`,{class:z(`${e}-data-table-wrapper`)},[f(fi,{ref:`mainTableInstRef`},null,512)],2),this.mergedShowPagination?(r(),v(`div`,{key:0,class:z(`${e}-data-table__pagination`)},[(r(),d(Qn,S({theme:this.mergedTheme.peers.Pagination,themeOverrides:this.mergedTheme.peerOverrides.Pagination,disabled:this.loading},this.mergedPagination),null,16,[`theme`,`themeOverrides`,`disabled`]))],2)):D(()=>null),f(B,{name:`fade-in-scale-up-transition`},{default:()=>this.loading?(r(),v(`div`,{key:1,class:z(`${e}-data-table-loading-wrapper`)},[D(()=>O(i.loading,()=>[(r(),d(le,S({clsPrefix:e,strokeWidth:20},a),null,16,[`clsPrefix`]))]))],2)):null},1024)],6)}});function Oi(e,t){let n=C(Ze,{size:`small`,type:e>=200&&e<300?`success`:e>=400&&e<500?`warning`:`error`,bordered:!1,round:!0,class:`num`},{default:()=>String(e)});return t?C(qe,null,{trigger:()=>n,default:()=>t}):n}function ki(e,t=[`Enabled`,`Disabled`]){return C(Ze,{size:`small`,round:!0,bordered:!1,type:e?`success`:`default`},{default:()=>e?t[0]:t[1]})}var Ai=e=>C(`span`,{class:`cell-sub`},e);export{Bn as a,Ln as c,kt as d,Di as i,jn as l,Oi as n,zn as o,Ai as r,Rn as s,ki as t,Nt as u};