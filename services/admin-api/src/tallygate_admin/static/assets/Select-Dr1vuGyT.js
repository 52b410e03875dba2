import{F as e,I as t,M as n,N as r,P as i,S as a,_ as o,a as s,d as c,f as l,h as u,i as d,m as f,n as p,o as m,r as h,s as g,v as _,y as v}from"./event-BkvXtGsZ.js";import{A as y,At as b,B as x,Bt as S,C,D as w,F as T,Ft as E,H as D,Ht as ee,M as O,Mt as k,N as te,Nt as A,O as ne,P as re,Pt as j,R as M,T as ie,W as ae,b as oe,f as se,j as N,k as P,kt as F,q as ce,s as I,z as L}from"./Button-b-t6E8qV.js";import{A as R,M as le,O as ue,T as de,_ as z,g as fe,j as pe,m as me,w as he,x as ge,y as _e}from"./api-2UHzveea.js";import{$ as B,A as V,E as H,N as U,O as W,P as ve,S as ye,T as be,U as xe,W as Se,d as G,g as Ce,i as K,k as we,l as q,p as J,q as Te,rt as Y,u as X,v as Z,w as Q,x as $,xt as Ee}from"./runtime-core.esm-bundler-DolcaMW8.js";import{a as De,i as Oe}from"./DataState-D7T5QBs9.js";import{o as ke,t as Ae}from"./Tag-Cucxqi0w.js";import{r as je}from"./Input-DE2cc_xD.js";var Me={height:`calc(var(--n-option-height) * 7.6)`,paddingTiny:`4px 0`,paddingSmall:`4px 0`,paddingMedium:`4px 0`,paddingLarge:`4px 0`,paddingHuge:`4px 0`,optionPaddingTiny:`0 12px`,optionPaddingSmall:`0 12px`,optionPaddingMedium:`0 12px`,optionPaddingLarge:`0 12px`,optionPaddingHuge:`0 12px`,loadingSize:`18px`};function Ne(e){let{borderRadius:t,popoverColor:n,textColor3:r,dividerColor:i,textColor2:a,primaryColorPressed:o,textColorDisabled:s,primaryColor:c,opacityDisabled:l,hoverColor:u,fontSizeTiny:d,fontSizeSmall:f,fontSizeMedium:p,fontSizeLarge:m,fontSizeHuge:h,heightTiny:g,heightSmall:_,heightMedium:v,heightLarge:y,heightHuge:b}=e;return{...Me,optionFontSizeTiny:d,optionFontSizeSmall:f,optionFontSizeMedium:p,optionFontSizeLarge:m,optionFontSizeHuge:h,optionHeightTiny:g,optionHeightSmall:_,optionHeightMedium:v,optionHeightLarge:y,optionHeightHuge:b,borderRadius:t,color:n,groupHeaderTextColor:r,actionDividerColor:i,optionTextColor:a,optionTextColorPressed:o,optionTextColorDisabled:s,optionTextColorActive:c,optionOpacityDisabled:l,optionCheckColor:c,optionColorPending:u,optionColorActive:`rgba(0, 0, 0, 0)`,optionColorActivePending:u,actionTextColor:a,loadingColor:c}}var Pe=N({name:`InternalSelectMenu`,common:re,peers:{Scrollbar:de,Empty:De},self:Ne});function Fe(e){return e&-e}var Ie=class{constructor(e,t){this.l=e,this.min=t;let n=Array(e+1);for(let t=0;t<e+1;++t)n[t]=0;this.ft=n}add(e,t){if(t===0)return;let{l:n,ft:r}=this;for(e+=1;e<=n;)r[e]+=t,e+=Fe(e)}get(e){return this.sum(e+1)-this.sum(e)}sum(e){if(e===void 0&&(e=this.l),e<=0)return 0;let{ft:t,min:n,l:r}=this;if(e>r)throw Error("[FinweckTree.sum]: `i` is larger than length.");let i=e*n;for(;e>0;)i+=t[e],e-=Fe(e);return i}getBound(e){let t=0,n=this.l;for(;n>t;){let r=Math.floor((t+n)/2),i=this.sum(r);if(i>e)n=r;else if(i<e){if(t===r)return this.sum(t+1)<=e?t+1:r;t=r}else return r}return t}},Le;function Re(){return typeof document>`u`?!1:(Le===void 0&&(Le=`matchMedia`in window&&window.matchMedia(`(pointer:coarse)`).matches),Le)}var ze;function Be(){return typeof document>`u`?1:(ze===void 0&&(ze=`chrome`in window?window.devicePixelRatio:1),ze)}var Ve=`VVirtualListXScroll`;function He({columnsRef:e,renderColRef:t,renderItemWithColsRef:n}){let r=B(0),i=B(0),a=q(()=>{let t=e.value;if(t.length===0)return null;let n=new Ie(t.length,0);return t.forEach((e,t)=>{n.add(t,e.width)}),n}),o=P(()=>{let e=a.value;return e===null?0:Math.max(e.getBound(i.value)-1,0)}),s=e=>{let t=a.value;return t===null?0:t.sum(e)},c=P(()=>{let t=a.value;return t===null?0:Math.min(t.getBound(i.value+r.value)+1,e.value.length-1)});return ve(Ve,{startIndexRef:o,endIndexRef:c,columnsRef:e,renderColRef:t,renderItemWithColsRef:n,getLeft:s}),{listWidthRef:r,scrollLeftRef:i}}var Ue=Z({name:`VirtualListRow`,props:{index:{type:Number,required:!0},item:{type:Object,required:!0}},setup(){let{startIndexRef:e,endIndexRef:t,columnsRef:n,getLeft:r,renderColRef:i,renderItemWithColsRef:a}=ye(Ve);return{startIndex:e,endIndex:t,columns:n,renderCol:i,renderItemWithCols:a,getLeft:r}},render(){let{startIndex:e,endIndex:t,columns:n,renderCol:r,renderItemWithCols:i,getLeft:a,item:o}=this;if(i!=null)return i({itemIndex:this.index,startColIndex:e,endColIndex:t,allColumns:n,item:o,getLeft:a});if(r!=null){let i=[];for(let s=e;s<=t;++s){let e=n[s];i.push(r({column:e,left:a(s),item:o}))}return i}return null}}),We=f(`.v-vl`,{maxHeight:`inherit`,height:`100%`,overflow:`auto`,minWidth:`1px`},[f(`&:not(.v-vl--show-scrollbar)`,{scrollbarWidth:`none`},[f(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,{width:0,height:0,display:`none`})])]),Ge=Z({name:`VirtualList`,inheritAttrs:!1,props:{showScrollbar:{type:Boolean,default:!0},columns:{type:Array,default:()=>[]},renderCol:Function,renderItemWithCols:Function,items:{type:Array,default:()=>[]},itemSize:{type:Number,required:!0},itemResizable:Boolean,itemsStyle:[String,Object],visibleItemsTag:{type:[String,Object],default:`div`},visibleItemsProps:Object,ignoreItemResize:Boolean,onScroll:Function,onWheel:Function,onResize:Function,defaultScrollKey:[Number,String],defaultScrollIndex:Number,keyField:{type:String,default:`key`},paddingTop:{type:[Number,String],default:0},paddingBottom:{type:[Number,String],default:0}},setup(e){let n=ae();We.mount({id:`vueuc/virtual-list`,head:!0,anchorMetaName:u,ssr:n}),V(()=>{let{defaultScrollIndex:t,defaultScrollKey:n}=e;t==null?n!=null&&v({key:n}):v({index:t})});let r=!1,i=!1;H(()=>{r=!1,i?v({top:h.value,left:s.value}):i=!0}),we(()=>{r=!0,i||=!0});let a=P(()=>{if(e.renderCol==null&&e.renderItemWithCols==null||e.columns.length===0)return;let t=0;return e.columns.forEach(e=>{t+=e.width}),t}),o=q(()=>{let t=new Map,{keyField:n}=e;return e.items.forEach((e,r)=>{t.set(e[n],r)}),t}),{scrollLeftRef:s,listWidthRef:c}=He({columnsRef:Y(e,`columns`),renderColRef:Y(e,`renderCol`),renderItemWithColsRef:Y(e,`renderItemWithCols`)}),l=B(null),d=B(void 0),f=new Map,p=q(()=>{let{items:t,itemSize:n,keyField:r}=e,i=new Ie(t.length,n);return t.forEach((e,t)=>{let n=e[r],a=f.get(n);a!==void 0&&i.add(t,a)}),i}),m=B(0),h=B(0),g=P(()=>Math.max(p.value.getBound(h.value-ue(e.paddingTop))-1,0)),_=q(()=>{let{value:t}=d;if(t===void 0)return[];let{items:n,itemSize:r}=e,i=g.value,a=Math.min(i+Math.ceil(t/r+1),n.length-1),o=[];for(let e=i;e<=a;++e)o.push(n[e]);return o}),v=(e,t)=>{if(typeof e==`number`){S(e,t,`auto`);return}let{left:n,top:r,index:i,key:a,position:s,behavior:c,debounce:l=!0}=e;if(n!==void 0||r!==void 0)S(n,r,c);else if(i!==void 0)x(i,c,l);else if(a!==void 0){let e=o.value.get(a);e!==void 0&&x(e,c,l)}else s===`bottom`?S(0,2**53-1,c):s===`top`&&S(0,0,c)},y,b=null;function x(t,n,r){let i=l.value;if(i==null)return;let{value:a}=p,o=a.sum(t)+ue(e.paddingTop);if(!r)i.scrollTo({left:0,top:o,behavior:n});else{y=t,b!==null&&window.clearTimeout(b),b=window.setTimeout(()=>{y=void 0,b=null},16);let{scrollTop:e,offsetHeight:r}=i;if(o>e){let s=a.get(t);o+s<=e+r||i.scrollTo({left:0,top:o+s-r,behavior:n})}else i.scrollTo({left:0,top:o,behavior:n})}}function S(e,t,n){l.value?.scrollTo({left:e,top:t,behavior:n})}function C(t,n){if(r||e.ignoreItemResize||k(n.target))return;let{value:i}=p,a=o.value.get(t),s=i.get(a),c=n.borderBoxSize?.[0]?.blockSize??n.contentRect.height;if(c===s)return;c-e.itemSize===0?f.delete(t):f.set(t,c-e.itemSize);let u=c-s;if(u===0)return;i.add(a,u);let d=l.value;if(d!=null){if(y===void 0){let e=i.sum(a);d.scrollTop>e&&d.scrollBy(0,u)}else(a<y||a===y&&c+i.sum(a)>d.scrollTop+d.offsetHeight)&&d.scrollBy(0,u);O()}m.value++}let w=!Re(),T=!1;function E(t){var n;(n=e.onScroll)==null||n.call(e,t),w&&T||O()}function D(n){var r;if((r=e.onWheel)==null||r.call(e,n),w){let e=l.value;if(e!=null){if(n.deltaX===0&&(e.scrollTop===0&&n.deltaY<=0||e.scrollTop+e.offsetHeight>=e.scrollHeight&&n.deltaY>=0))return;n.preventDefault(),e.scrollTop+=n.deltaY/Be(),e.scrollLeft+=n.deltaX/Be(),O(),T=!0,t(()=>{T=!1})}}}function ee(t){if(r||k(t.target))return;if(e.renderCol==null&&e.renderItemWithCols==null){if(t.contentRect.height===d.value)return}else if(t.contentRect.height===d.value&&t.contentRect.width===c.value)return;d.value=t.contentRect.height,c.value=t.contentRect.width;let{onResize:n}=e;n!==void 0&&n(t)}function O(){let{value:e}=l;e!=null&&(h.value=e.scrollTop,s.value=e.scrollLeft)}function k(e){let t=e;for(;t!==null;){if(t.style.display===`none`)return!0;t=t.parentElement}return!1}return{listHeight:d,listStyle:{overflow:`auto`},keyToIndex:o,itemsStyle:q(()=>{let{itemResizable:t}=e,n=pe(p.value.sum());return m.value,[e.itemsStyle,{boxSizing:`content-box`,width:pe(a.value),height:t?``:n,minHeight:t?n:``,paddingTop:pe(e.paddingTop),paddingBottom:pe(e.paddingBottom)}]}),visibleItemsStyle:q(()=>(m.value,{transform:`translateY(${pe(p.value.sum(g.value))})`})),viewportItems:_,listElRef:l,itemsElRef:B(null),scrollTo:v,handleListResize:ee,handleListScroll:E,handleListWheel:D,handleItemResize:C}},render(){let{itemResizable:e,keyField:t,keyToIndex:n,visibleItemsTag:r}=this;return $(fe,{onResize:this.handleListResize},{default:()=>{var i;return $(`div`,Q(this.$attrs,{class:[`v-vl`,this.showScrollbar&&`v-vl--show-scrollbar`],onScroll:this.handleListScroll,onWheel:this.handleListWheel,ref:`listElRef`}),[this.items.length===0?(i=this.$slots).empty?.call(i):$(`div`,{ref:`itemsElRef`,class:`v-vl-items`,style:this.itemsStyle},[$(r,Object.assign({class:`v-vl-visible-items`,style:this.visibleItemsStyle},this.visibleItemsProps),{default:()=>{let{renderCol:r,renderItemWithCols:i}=this;return this.viewportItems.map(a=>{let o=a[t],s=n.get(o),c=r==null?void 0:$(Ue,{index:s,item:a}),l=i==null?void 0:$(Ue,{index:s,item:a}),u=this.$slots.default({item:a,renderedCols:c,renderedItemWithCols:l,index:s})[0];return e?$(fe,{key:o,onResize:e=>this.handleItemResize(o,e)},{default:()=>u}):(u.key=o,u)})}})])])}})}}),Ke={paddingSingle:`0 26px 0 12px`,paddingMultiple:`3px 26px 0 12px`,clearSize:`16px`,arrowSize:`16px`};function qe(e){switch(typeof e){case`string`:return e||void 0;case`number`:return String(e);default:return}}function Je(e,t){t&&(V(()=>{let{value:n}=e;n&&z.registerHandler(n,t)}),xe(e,(e,t)=>{t&&z.unregisterHandler(t)},{deep:!1}),W(()=>{let{value:t}=e;t&&z.unregisterHandler(t)}))}var Ye=Z({props:{onFocus:Function,onBlur:Function},setup(e){return()=>(()=>{let t=M(`d16ead82505dc285`);return U(),J(`div`,{style:`width: 0; height: 0`,tabindex:0,onFocus:t[0]||=t=>e.onFocus?.(t),onBlur:t[1]||=t=>e.onBlur?.(t)},null,32)})()}}),Xe=Z({name:`NBaseSelectGroupHeader`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(){let{renderLabelRef:e,renderOptionRef:t,labelFieldRef:n,nodePropsRef:i}=ye(r);return{labelField:n,nodeProps:i,renderLabel:e,renderOption:t}},render(){let{clsPrefix:e,renderLabel:t,renderOption:n,nodeProps:r,tmNode:{rawNode:i}}=this,a=r?.(i),o=t?t(i,!1):m(i[this.labelField],i,!1),s=(U(),J(`div`,Q(a,{class:[`${e}-base-select-group-header`,a?.class]}),[D(()=>o)],16));return i.render?i.render({node:s,option:i}):n?n({node:s,option:i,selected:!1}):s}});function Ze(e){let t=e.filter(e=>e!==void 0);if(t.length!==0)return t.length===1?t[0]:t=>{e.forEach(e=>{e&&e(t)})}}var Qe=Z({name:`Checkmark`,render(){return(()=>{let e=M(`3c84eac8ae4e1f96`);return e[0]||=X(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 16 16`},[X(`g`,{fill:`none`},[X(`path`,{d:`M14.046 3.486a.75.75 0 0 1-.032 1.06l-7.93 7.474a.85.85 0 0 1-1.188-.022l-2.68-2.72a.75.75 0 1 1 1.068-1.053l2.234 2.267l7.468-7.038a.75.75 0 0 1 1.06.032z`,fill:`currentColor`})])],-1)})()}}),$e=[`onClick`,`onMouseenter`,`onMousemove`];function et(e,t){return U(),G(S,{name:`fade-in-scale-up-transition`},{default:()=>e?(U(),G(y,{key:1,clsPrefix:t,class:L(`${t}-base-select-option__check`)},{default:()=>$(Qe)},1032,[`clsPrefix`,`class`])):null},1024)}var tt=Z({name:`NBaseSelectOption`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(e){let{valueRef:t,pendingTmNodeRef:n,multipleRef:i,valueSetRef:a,renderLabelRef:o,renderOptionRef:s,labelFieldRef:c,valueFieldRef:l,showCheckmarkRef:u,nodePropsRef:d,handleOptionClick:f,handleOptionMouseEnter:p}=ye(r),m=P(()=>{let{value:t}=n;return t?e.tmNode.key===t.key:!1});function h(t){let{tmNode:n}=e;n.disabled||f(t,n)}function g(t){let{tmNode:n}=e;n.disabled||p(t,n)}function _(t){let{tmNode:n}=e,{value:r}=m;n.disabled||r||p(t,n)}return{multiple:i,isGrouped:P(()=>{let{tmNode:t}=e,{parent:n}=t;return n&&n.rawNode.type===`group`}),showCheckmark:u,nodeProps:d,isPending:m,isSelected:P(()=>{let{value:n}=t,{value:r}=i;if(n===null)return!1;let o=e.tmNode.rawNode[l.value];if(r){let{value:e}=a;return e.has(o)}return n===o}),labelField:c,renderLabel:o,renderOption:s,handleMouseMove:_,handleMouseEnter:g,handleClick:h}},render(){let{clsPrefix:e,tmNode:{rawNode:t},isSelected:n,isPending:r,isGrouped:i,showCheckmark:a,nodeProps:o,renderOption:s,renderLabel:c,handleClick:l,handleMouseEnter:u,handleMouseMove:d}=this,f=et(n,e),p=c?[c(t,n),a&&f]:[m(t[this.labelField],t,n),a&&f],h=o?.(t),g=(U(),J(`div`,Q(h,{class:[`${e}-base-select-option`,t.class,h?.class,{[`${e}-base-select-option--disabled`]:t.disabled,[`${e}-base-select-option--selected`]:n,[`${e}-base-select-option--grouped`]:i,[`${e}-base-select-option--pending`]:r,[`${e}-base-select-option--show-checkmark`]:a}],style:[h?.style||``,t.style||``],onClick:Ze([l,h?.onClick]),onMouseenter:Ze([u,h?.onMouseenter]),onMousemove:Ze([d,h?.onMousemove])}),[X(`div`,{class:L(`${e}-base-select-option__content`)},[D(()=>p)],2)],16,$e));return t.render?t.render({node:g,option:t,selected:n}):s?s({node:g,option:t,selected:n}):g}}),nt=b(`base-select-menu`,`
 line-height: 1.5;
 outline: none;
 z-index: 0;
 position: relative;
 border-radius: var(--n-border-radius);
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 background-color: var(--n-color);
`,[b(`scrollbar`,`
 max-height: var(--n-height);
 `),b(`virtual-list`,`
 max-height: var(--n-height);
 `),b(`base-select-option`,`
 min-height: var(--n-option-height);
 font-size: var(--n-option-font-size);
 display: flex;
 align-items: center;
 `,[k(`content`,`
 z-index: 1;
 white-space: nowrap;
 text-overflow: ellipsis;
 overflow: hidden;
 `)]),b(`base-select-group-header`,`
 min-height: var(--n-option-height);
 font-size: .93em;
 display: flex;
 align-items: center;
 `),b(`base-select-menu-option-wrapper`,`
 position: relative;
 width: 100%;
 `),k(`loading, empty`,`
 display: flex;
 padding: 12px 32px;
 flex: 1;
 justify-content: center;
 `),k(`loading`,`
 color: var(--n-loading-color);
 font-size: var(--n-loading-size);
 `),k(`header`,`
 padding: 8px var(--n-option-padding-left);
 font-size: var(--n-option-font-size);
 transition: 
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 border-bottom: 1px solid var(--n-action-divider-color);
 color: var(--n-action-text-color);
 `),k(`action`,`
 padding: 8px var(--n-option-padding-left);
 font-size: var(--n-option-font-size);
 transition: 
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 border-top: 1px solid var(--n-action-divider-color);
 color: var(--n-action-text-color);
 `),b(`base-select-group-header`,`
 position: relative;
 cursor: default;
 padding: var(--n-option-padding);
 color: var(--n-group-header-text-color);
 `),b(`base-select-option`,`
 cursor: pointer;
 position: relative;
 padding: var(--n-option-padding);
 transition:
 color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 box-sizing: border-box;
 color: var(--n-option-text-color);
 opacity: 1;
 `,[A(`show-checkmark`,`
 padding-right: calc(var(--n-option-padding-right) + 20px);
 `),F(`&::before`,`
 content: "";
 position: absolute;
 left: 4px;
 right: 4px;
 top: 0;
 bottom: 0;
 border-radius: var(--n-border-radius);
 transition: background-color .3s var(--n-bezier);
 `),F(`&:active`,`
 color: var(--n-option-text-color-pressed);
 `),A(`grouped`,`
 padding-left: calc(var(--n-option-padding-left) * 1.5);
 `),A(`pending`,[F(`&::before`,`
 background-color: var(--n-option-color-pending);
 `)]),A(`selected`,`
 color: var(--n-option-text-color-active);
 `,[F(`&::before`,`
 background-color: var(--n-option-color-active);
 `),A(`pending`,[F(`&::before`,`
 background-color: var(--n-option-color-active-pending);
 `)])]),A(`disabled`,`
 cursor: not-allowed;
 `,[j(`selected`,`
 color: var(--n-option-text-color-disabled);
 `),A(`selected`,`
 opacity: var(--n-option-opacity-disabled);
 `)]),k(`check`,`
 font-size: 16px;
 position: absolute;
 right: calc(var(--n-option-padding-right) - 4px);
 top: calc(50% - 7px);
 color: var(--n-option-check-color);
 transition: color .3s var(--n-bezier);
 `,[s({enterScale:`0.5`})])])]),rt=[`tabindex`,`onFocusin`,`onFocusout`,`onKeyup`,`onKeydown`,`onMousedown`,`onMouseenter`,`onMouseleave`],it=Z({name:`InternalSelectMenu`,props:{...O.props,clsPrefix:{type:String,required:!0},scrollable:{type:Boolean,default:!0},treeMate:{type:Object,required:!0},multiple:Boolean,size:{type:String,default:`medium`},value:{type:[String,Number,Array],default:null},autoPending:Boolean,virtualScroll:{type:Boolean,default:!0},show:{type:Boolean,default:!0},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},loading:Boolean,focusable:Boolean,renderLabel:Function,renderOption:Function,nodeProps:Function,showCheckmark:{type:Boolean,default:!0},onMousedown:Function,onScroll:Function,onFocus:Function,onBlur:Function,onKeyup:Function,onKeydown:Function,onTabOut:Function,onMouseenter:Function,onMouseleave:Function,onResize:Function,resetMenuOnOptionsChange:{type:Boolean,default:!0},inlineThemeDisabled:Boolean,scrollbarProps:Object,onToggle:Function},setup(t){let{mergedClsPrefixRef:i,mergedRtlRef:a,mergedComponentPropsRef:o}=ce(t),s=oe(`InternalSelectMenu`,a,i),c=O(`InternalSelectMenu`,`-internal-select-menu`,nt,Pe,t,Y(t,`clsPrefix`)),l=B(null),u=B(null),f=B(null),p=q(()=>t.treeMate.getFlattenedNodes()),m=q(()=>d(p.value)),h=B(null);function g(){let{treeMate:e}=t,n=null,{value:r}=t;r===null?n=e.getFirstAvailableNode():(n=t.multiple?e.getNode((r||[])[(r||[]).length-1]):e.getNode(r),(!n||n.disabled)&&(n=e.getFirstAvailableNode())),se(n||null)}function _(){let{value:e}=h;e&&!t.treeMate.getNode(e.key)&&(h.value=null)}let v;xe(()=>t.show,e=>{e?v=xe(()=>t.treeMate,()=>{t.resetMenuOnOptionsChange?(t.autoPending?g():_(),be(N)):_()},{immediate:!0}):v?.()},{immediate:!0}),W(()=>{v?.()});let y=q(()=>ue(c.value.self[E(`optionHeight`,t.size)])),b=q(()=>R(c.value.self[E(`padding`,t.size)])),x=q(()=>t.multiple&&Array.isArray(t.value)?new Set(t.value):new Set),S=q(()=>{let e=p.value;return e&&e.length===0}),C=q(()=>o?.value?.Select?.renderEmpty);function w(e){let{onToggle:n}=t;n&&n(e)}function T(e){let{onScroll:n}=t;n&&n(e)}function D(e){f.value?.sync(),T(e)}function ee(){f.value?.sync()}function k(){let{value:e}=h;return e||null}function A(e,t){t.disabled||se(t,!1)}function ne(e,t){t.disabled||w(t)}function re(n){e(n,`action`)||t.onKeyup?.(n)}function j(n){e(n,`action`)||t.onKeydown?.(n)}function M(e){t.onMousedown?.(e),t.focusable||e.preventDefault()}function ie(){let{value:e}=h;e&&se(e.getNext({loop:!0}),!0)}function ae(){let{value:e}=h;e&&se(e.getPrev({loop:!0}),!0)}function se(e,t=!1){h.value=e,t&&N()}function N(){let e=h.value;if(!e)return;let n=m.value(e.key);n!==null&&(t.virtualScroll?u.value?.scrollTo({index:n}):f.value?.scrollTo({index:n,elSize:y.value}))}function P(e){l.value?.contains(e.target)&&t.onFocus?.(e)}function F(e){l.value?.contains(e.relatedTarget)||t.onBlur?.(e)}ve(r,{handleOptionMouseEnter:A,handleOptionClick:ne,valueSetRef:x,pendingTmNodeRef:h,nodePropsRef:Y(t,`nodeProps`),showCheckmarkRef:Y(t,`showCheckmark`),multipleRef:Y(t,`multiple`),valueRef:Y(t,`value`),renderLabelRef:Y(t,`renderLabel`),renderOptionRef:Y(t,`renderOption`),labelFieldRef:Y(t,`labelField`),valueFieldRef:Y(t,`valueField`)}),ve(n,l),V(()=>{let{value:e}=f;e&&e.sync()});let I=q(()=>{let{size:e}=t,{common:{cubicBezierEaseInOut:n},self:{height:r,borderRadius:i,color:a,groupHeaderTextColor:o,actionDividerColor:s,optionTextColorPressed:l,optionTextColor:u,optionTextColorDisabled:d,optionTextColorActive:f,optionOpacityDisabled:p,optionCheckColor:m,actionTextColor:h,optionColorPending:g,optionColorActive:_,loadingColor:v,loadingSize:y,optionColorActivePending:b,[E(`optionFontSize`,e)]:x,[E(`optionHeight`,e)]:S,[E(`optionPadding`,e)]:C}}=c.value;return{"--n-height":r,"--n-action-divider-color":s,"--n-action-text-color":h,"--n-bezier":n,"--n-border-radius":i,"--n-color":a,"--n-option-font-size":x,"--n-group-header-text-color":o,"--n-option-check-color":m,"--n-option-color-pending":g,"--n-option-color-active":_,"--n-option-color-active-pending":b,"--n-option-height":S,"--n-option-opacity-disabled":p,"--n-option-text-color":u,"--n-option-text-color-active":f,"--n-option-text-color-disabled":d,"--n-option-text-color-pressed":l,"--n-option-padding":C,"--n-option-padding-left":R(C,`left`),"--n-option-padding-right":R(C,`right`),"--n-loading-color":v,"--n-loading-size":y}}),{inlineThemeDisabled:L}=t,le=L?te(`internal-select-menu`,q(()=>t.size[0]),I,t):void 0,de={selfRef:l,next:ie,prev:ae,getPendingTmNode:k};return Je(l,t.onResize),{mergedTheme:c,mergedClsPrefix:i,rtlEnabled:s,virtualListRef:u,scrollbarRef:f,itemSize:y,padding:b,flattenedNodes:p,empty:S,mergedRenderEmpty:C,virtualListContainer(){let{value:e}=u;return e?.listElRef},virtualListContent(){let{value:e}=u;return e?.itemsElRef},doScroll:T,handleFocusin:P,handleFocusout:F,handleKeyUp:re,handleKeyDown:j,handleMouseDown:M,handleVirtualListResize:ee,handleVirtualListScroll:D,cssVars:L?void 0:I,themeClass:le?.themeClass,onRender:le?.onRender,...de}},render(){let{$slots:e,virtualScroll:t,clsPrefix:n,mergedTheme:r,themeClass:i,onRender:a}=this;return a?.(),U(),J(`div`,{ref:`selfRef`,tabindex:this.focusable?0:-1,class:L([`${n}-base-select-menu`,`${n}-base-select-menu--${this.size}-size`,this.rtlEnabled&&`${n}-base-select-menu--rtl`,i,this.multiple&&`${n}-base-select-menu--multiple`]),style:Ee(this.cssVars),onFocusin:this.handleFocusin,onFocusout:this.handleFocusout,onKeyup:this.handleKeyUp,onKeydown:this.handleKeyDown,onMousedown:this.handleMouseDown,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseleave},[D(()=>ie(e.header,e=>e&&(U(),J(`div`,{class:L(`${n}-base-select-menu__header`),"data-header":!0,key:`header`},[D(()=>e)],2)))),this.loading?(U(),J(`div`,{key:0,class:L(`${n}-base-select-menu__loading`)},[(U(),G(I,{clsPrefix:n,strokeWidth:20},null,8,[`clsPrefix`]))],2)):(U(),J(K,{key:1},[this.empty?(U(),J(`div`,{key:1,class:L(`${n}-base-select-menu__empty`),"data-empty":!0},[D(()=>C(e.empty,()=>[this.mergedRenderEmpty?.()||(U(),G(Oe,{theme:r.peers.Empty,themeOverrides:r.peerOverrides.Empty,size:this.size},null,8,[`theme`,`themeOverrides`,`size`]))]))],2)):(U(),G(me,Q({key:0,ref:`scrollbarRef`,theme:r.peers.Scrollbar,themeOverrides:r.peerOverrides.Scrollbar,scrollable:this.scrollable,container:t?this.virtualListContainer:void 0,content:t?this.virtualListContent:void 0,onScroll:t?void 0:this.doScroll},this.scrollbarProps),{default:()=>t?(U(),G(Ge,{key:1,ref:`virtualListRef`,class:L(`${n}-virtual-list`),items:this.flattenedNodes,itemSize:this.itemSize,showScrollbar:!1,paddingTop:this.padding.top,paddingBottom:this.padding.bottom,onResize:this.handleVirtualListResize,onScroll:this.handleVirtualListScroll,itemResizable:!0},{default:({item:e})=>e.isGroup?(U(),G(Xe,{key:e.key,clsPrefix:n,tmNode:e},null,8,[`clsPrefix`,`tmNode`])):e.ignored?null:(U(),G(tt,{clsPrefix:n,key:e.key,tmNode:e},null,8,[`clsPrefix`,`tmNode`]))},1032,[`class`,`items`,`itemSize`,`paddingTop`,`paddingBottom`,`onResize`,`onScroll`])):(U(),J(`div`,{key:4,class:L(`${n}-base-select-menu-option-wrapper`),style:Ee({paddingTop:this.padding.top,paddingBottom:this.padding.bottom})},[D(()=>this.flattenedNodes.map(e=>e.isGroup?(U(),G(Xe,{key:e.key,clsPrefix:n,tmNode:e},null,8,[`clsPrefix`,`tmNode`])):(U(),G(tt,{clsPrefix:n,key:e.key,tmNode:e},null,8,[`clsPrefix`,`tmNode`]))))],6))},1040,[`theme`,`themeOverrides`,`scrollable`,`container`,`content`,`onScroll`]))],64)),D(()=>ie(e.action,e=>e&&[(U(),J(`div`,{class:L(`${n}-base-select-menu__action`),"data-action":!0,key:`action`},[D(()=>e)],2)),(U(),G(Ye,{onFocus:this.onTabOut,key:`focus-detector`},null,8,[`onFocus`]))]))],46,rt)}});function at(e){return e.type===`group`}function ot(e){return e.type===`ignored`}function st(e,t){try{return!!(1+t.toString().toLowerCase().indexOf(e.trim().toLowerCase()))}catch{return!1}}function ct(e,t){return{getIsGroup:at,getIgnored:ot,getKey(t){return at(t)?t.name||t.key||`key-required`:t[e]},getChildren(e){return e[t]}}}function lt(e,t,n,r){if(!t)return e;function i(e){if(!Array.isArray(e))return[];let a=[];for(let o of e)if(at(o)){let e=i(o[r]);e.length&&a.push(Object.assign({},o,{[r]:e}))}else if(ot(o))continue;else t(n,o)&&a.push(o);return a}return i(e)}function ut(e,t,n){let r=new Map;return e.forEach(e=>{at(e)?e[n].forEach(e=>{r.set(e[t],e)}):r.set(e[t],e)}),r}function dt(e){let{borderRadius:t,textColor2:n,textColorDisabled:r,inputColor:i,inputColorDisabled:a,primaryColor:o,primaryColorHover:s,warningColor:c,warningColorHover:l,errorColor:u,errorColorHover:d,borderColor:f,iconColor:p,iconColorDisabled:m,clearColor:h,clearColorHover:g,clearColorPressed:_,placeholderColor:v,placeholderColorDisabled:y,fontSizeTiny:b,fontSizeSmall:x,fontSizeMedium:S,fontSizeLarge:C,heightTiny:w,heightSmall:E,heightMedium:D,heightLarge:ee,fontWeight:O}=e;return{...Ke,fontSizeTiny:b,fontSizeSmall:x,fontSizeMedium:S,fontSizeLarge:C,heightTiny:w,heightSmall:E,heightMedium:D,heightLarge:ee,borderRadius:t,fontWeight:O,textColor:n,textColorDisabled:r,placeholderColor:v,placeholderColorDisabled:y,color:i,colorDisabled:a,colorActive:i,border:`1px solid ${f}`,borderHover:`1px solid ${s}`,borderActive:`1px solid ${o}`,borderFocus:`1px solid ${s}`,boxShadowHover:`none`,boxShadowActive:`0 0 0 2px ${T(o,{alpha:.2})}`,boxShadowFocus:`0 0 0 2px ${T(o,{alpha:.2})}`,caretColor:o,arrowColor:p,arrowColorDisabled:m,loadingColor:o,borderWarning:`1px solid ${c}`,borderHoverWarning:`1px solid ${l}`,borderActiveWarning:`1px solid ${c}`,borderFocusWarning:`1px solid ${l}`,boxShadowHoverWarning:`none`,boxShadowActiveWarning:`0 0 0 2px ${T(c,{alpha:.2})}`,boxShadowFocusWarning:`0 0 0 2px ${T(c,{alpha:.2})}`,colorActiveWarning:i,caretColorWarning:c,borderError:`1px solid ${u}`,borderHoverError:`1px solid ${d}`,borderActiveError:`1px solid ${u}`,borderFocusError:`1px solid ${d}`,boxShadowHoverError:`none`,boxShadowActiveError:`0 0 0 2px ${T(u,{alpha:.2})}`,boxShadowFocusError:`0 0 0 2px ${T(u,{alpha:.2})}`,colorActiveError:i,caretColorError:u,clearColor:h,clearColorHover:g,clearColorPressed:_}}var ft=N({name:`InternalSelection`,common:re,peers:{Popover:i},self:dt}),pt=F([b(`base-selection`,`
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
 `,[b(`base-loading`,`
 color: var(--n-loading-color);
 `),b(`base-selection-tags`,`min-height: var(--n-height);`),k(`border, state-border`,`
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
 `),k(`state-border`,`
 z-index: 1;
 border-color: #0000;
 `),b(`base-suffix`,`
 cursor: pointer;
 position: absolute;
 top: 50%;
 transform: translateY(-50%);
 right: 10px;
 `,[k(`arrow`,`
 font-size: var(--n-arrow-size);
 color: var(--n-arrow-color);
 transition: color .3s var(--n-bezier);
 `)]),b(`base-selection-overlay`,`
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
 `,[k(`wrapper`,`
 flex-basis: 0;
 flex-grow: 1;
 overflow: hidden;
 text-overflow: ellipsis;
 `)]),b(`base-selection-placeholder`,`
 color: var(--n-placeholder-color);
 `,[k(`inner`,`
 max-width: 100%;
 overflow: hidden;
 `)]),b(`base-selection-tags`,`
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
 `),b(`base-selection-label`,`
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
 `,[b(`base-selection-input`,`
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
 `,[k(`content`,`
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap; 
 `)]),k(`render-label`,`
 color: var(--n-text-color);
 `)]),j(`disabled`,[F(`&:hover`,[k(`state-border`,`
 box-shadow: var(--n-box-shadow-hover);
 border: var(--n-border-hover);
 `)]),A(`focus`,[k(`state-border`,`
 box-shadow: var(--n-box-shadow-focus);
 border: var(--n-border-focus);
 `)]),A(`active`,[k(`state-border`,`
 box-shadow: var(--n-box-shadow-active);
 border: var(--n-border-active);
 `),b(`base-selection-label`,`background-color: var(--n-color-active);`),b(`base-selection-tags`,`background-color: var(--n-color-active);`)])]),A(`disabled`,`cursor: not-allowed;`,[k(`arrow`,`
 color: var(--n-arrow-color-disabled);
 `),b(`base-selection-label`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[b(`base-selection-input`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 `),k(`render-label`,`
 color: var(--n-text-color-disabled);
 `)]),b(`base-selection-tags`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `),b(`base-selection-placeholder`,`
 cursor: not-allowed;
 color: var(--n-placeholder-color-disabled);
 `)]),b(`base-selection-input-tag`,`
 height: calc(var(--n-height) - 6px);
 line-height: calc(var(--n-height) - 6px);
 outline: none;
 display: none;
 position: relative;
 margin-bottom: 3px;
 max-width: 100%;
 vertical-align: bottom;
 `,[k(`input`,`
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
 `),k(`mirror`,`
 position: absolute;
 left: 0;
 top: 0;
 white-space: pre;
 visibility: hidden;
 user-select: none;
 -webkit-user-select: none;
 opacity: 0;
 `)]),[`warning`,`error`].map(e=>A(`${e}-status`,[k(`state-border`,`border: var(--n-border-${e});`),j(`disabled`,[F(`&:hover`,[k(`state-border`,`
 box-shadow: var(--n-box-shadow-hover-${e});
 border: var(--n-border-hover-${e});
 `)]),A(`active`,[k(`state-border`,`
 box-shadow: var(--n-box-shadow-active-${e});
 border: var(--n-border-active-${e});
 `),b(`base-selection-label`,`background-color: var(--n-color-active-${e});`),b(`base-selection-tags`,`background-color: var(--n-color-active-${e});`)]),A(`focus`,[k(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)])])]))]),b(`base-selection-popover`,`
 margin-bottom: -3px;
 display: flex;
 flex-wrap: wrap;
 margin-right: -8px;
 `),b(`base-selection-tag-wrapper`,`
 max-width: 100%;
 display: inline-flex;
 padding: 0 7px 3px 0;
 `,[F(`&:last-child`,`padding-right: 0;`),b(`tag`,`
 font-size: 14px;
 max-width: 100%;
 `,[k(`content`,`
 line-height: 1.25;
 text-overflow: ellipsis;
 overflow: hidden;
 `)])])]),mt=[`disabled`,`value`,`autofocus`,`onBlur`,`onFocus`,`onKeydown`,`onInput`,`onCompositionstart`,`onCompositionend`],ht=[`tabindex`],gt=[`title`],_t=[`value`,`readonly`,`disabled`,`autofocus`,`onFocus`,`onBlur`,`onInput`,`onCompositionstart`,`onCompositionend`],vt=[`tabindex`],yt=[`onClick`,`onMouseenter`,`onMouseleave`,`onKeydown`,`onFocusin`,`onFocusout`,`onMousedown`],bt=Z({name:`InternalSelection`,props:{...O.props,clsPrefix:{type:String,required:!0},bordered:{type:Boolean,default:void 0},active:Boolean,pattern:{type:String,default:``},placeholder:String,selectedOption:{type:Object,default:null},selectedOptions:{type:Array,default:null},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},multiple:Boolean,filterable:Boolean,clearable:Boolean,disabled:Boolean,size:{type:String,default:`medium`},loading:Boolean,autofocus:Boolean,showArrow:{type:Boolean,default:!0},inputProps:Object,focused:Boolean,renderTag:Function,onKeydown:Function,onClick:Function,onBlur:Function,onFocus:Function,onDeleteOption:Function,maxTagCount:[String,Number],ellipsisTagPopoverProps:Object,onClear:Function,onPatternInput:Function,onPatternFocus:Function,onPatternBlur:Function,renderLabel:Function,status:String,inlineThemeDisabled:Boolean,ignoreComposition:{type:Boolean,default:!0},onResize:Function},setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:n}=ce(e),r=oe(`InternalSelection`,n,t),i=B(null),a=B(null),o=B(null),s=B(null),c=B(null),l=B(null),u=B(null),d=B(null),f=B(null),p=B(null),h=B(!1),g=B(!1),_=B(!1),v=O(`InternalSelection`,`-internal-selection`,pt,ft,e,Y(e,`clsPrefix`)),y=q(()=>e.clearable&&!e.disabled&&(_.value||e.active)),b=q(()=>e.selectedOption?e.renderTag?e.renderTag({option:e.selectedOption,handleClose:()=>{}}):e.renderLabel?e.renderLabel(e.selectedOption,!0):m(e.selectedOption[e.labelField],e.selectedOption,!0):e.placeholder),x=q(()=>{let t=e.selectedOption;if(t)return t[e.labelField]}),S=q(()=>e.multiple?!!(Array.isArray(e.selectedOptions)&&e.selectedOptions.length):e.selectedOption!==null);function C(){let{value:t}=i;if(t){let{value:n}=a;n&&(n.style.width=`${t.offsetWidth}px`,e.maxTagCount!==`responsive`&&f.value?.sync({showAllItemsBeforeCalculate:!1}))}}function w(){let{value:e}=p;e&&(e.style.display=`none`)}function T(){let{value:e}=p;e&&(e.style.display=`inline-block`)}xe(Y(e,`active`),e=>{e||w()}),xe(Y(e,`pattern`),()=>{e.multiple&&be(C)});function D(t){let{onFocus:n}=e;n&&n(t)}function ee(t){let{onBlur:n}=e;n&&n(t)}function k(t){let{onDeleteOption:n}=e;n&&n(t)}function A(t){let{onClear:n}=e;n&&n(t)}function ne(t){let{onPatternInput:n}=e;n&&n(t)}function re(e){e.relatedTarget&&o.value?.contains(e.relatedTarget)||D(e)}function j(e){o.value?.contains(e.relatedTarget)||ee(e)}function M(e){A(e)}function ie(){_.value=!0}function ae(){_.value=!1}function se(t){e.active&&e.filterable&&t.target!==a.value&&t.preventDefault()}function N(e){k(e)}let P=B(!1);function F(t){if(t.key===`Backspace`&&!P.value&&!e.pattern.length){let{selectedOptions:t}=e;t?.length&&N(t[t.length-1])}}let I=null;function L(t){let{value:n}=i;n&&(n.textContent=t.target.value,C()),e.ignoreComposition&&P.value?I=t:ne(t)}function le(){P.value=!0}function ue(){P.value=!1,e.ignoreComposition&&ne(I),I=null}function de(t){g.value=!0,e.onPatternFocus?.(t)}function z(t){g.value=!1,e.onPatternBlur?.(t)}function fe(){if(e.filterable)g.value=!1,l.value?.blur(),a.value?.blur();else if(e.multiple){let{value:e}=s;e?.blur()}else{let{value:e}=c;e?.blur()}}function pe(){e.filterable?(g.value=!1,l.value?.focus()):e.multiple?s.value?.focus():c.value?.focus()}function me(){let{value:e}=a;e&&(T(),e.focus())}function he(){let{value:e}=a;e&&e.blur()}function ge(e){let{value:t}=u;t&&t.setTextContent(`+${e}`)}function _e(){let{value:e}=d;return e}function H(){return a.value}let U=null;function W(){U!==null&&window.clearTimeout(U)}function ve(){e.active||(W(),U=window.setTimeout(()=>{S.value&&(h.value=!0)},100))}function ye(){W()}function G(e){e||(W(),h.value=!1)}xe(S,e=>{e||(h.value=!1)}),V(()=>{Se(()=>{let t=l.value;t&&(e.disabled?t.removeAttribute(`tabindex`):t.tabIndex=g.value?-1:0)})}),Je(o,e.onResize);let{inlineThemeDisabled:Ce}=e,K=q(()=>{let{size:t}=e,{common:{cubicBezierEaseInOut:n},self:{fontWeight:r,borderRadius:i,color:a,placeholderColor:o,textColor:s,paddingSingle:c,paddingMultiple:l,caretColor:u,colorDisabled:d,textColorDisabled:f,placeholderColorDisabled:p,colorActive:m,boxShadowFocus:h,boxShadowActive:g,boxShadowHover:_,border:y,borderFocus:b,borderHover:x,borderActive:S,arrowColor:C,arrowColorDisabled:w,loadingColor:T,colorActiveWarning:D,boxShadowFocusWarning:ee,boxShadowActiveWarning:O,boxShadowHoverWarning:k,borderWarning:te,borderFocusWarning:A,borderHoverWarning:ne,borderActiveWarning:re,colorActiveError:j,boxShadowFocusError:M,boxShadowActiveError:ie,boxShadowHoverError:ae,borderError:oe,borderFocusError:se,borderHoverError:N,borderActiveError:P,clearColor:F,clearColorHover:ce,clearColorPressed:I,clearSize:L,arrowSize:le,[E(`height`,t)]:ue,[E(`fontSize`,t)]:de}}=v.value,z=R(c),fe=R(l);return{"--n-bezier":n,"--n-border":y,"--n-border-active":S,"--n-border-focus":b,"--n-border-hover":x,"--n-border-radius":i,"--n-box-shadow-active":g,"--n-box-shadow-focus":h,"--n-box-shadow-hover":_,"--n-caret-color":u,"--n-color":a,"--n-color-active":m,"--n-color-disabled":d,"--n-font-size":de,"--n-height":ue,"--n-padding-single-top":z.top,"--n-padding-multiple-top":fe.top,"--n-padding-single-right":z.right,"--n-padding-multiple-right":fe.right,"--n-padding-single-left":z.left,"--n-padding-multiple-left":fe.left,"--n-padding-single-bottom":z.bottom,"--n-padding-multiple-bottom":fe.bottom,"--n-placeholder-color":o,"--n-placeholder-color-disabled":p,"--n-text-color":s,"--n-text-color-disabled":f,"--n-arrow-color":C,"--n-arrow-color-disabled":w,"--n-loading-color":T,"--n-color-active-warning":D,"--n-box-shadow-focus-warning":ee,"--n-box-shadow-active-warning":O,"--n-box-shadow-hover-warning":k,"--n-border-warning":te,"--n-border-focus-warning":A,"--n-border-hover-warning":ne,"--n-border-active-warning":re,"--n-color-active-error":j,"--n-box-shadow-focus-error":M,"--n-box-shadow-active-error":ie,"--n-box-shadow-hover-error":ae,"--n-border-error":oe,"--n-border-focus-error":se,"--n-border-hover-error":N,"--n-border-active-error":P,"--n-clear-size":L,"--n-clear-color":F,"--n-clear-color-hover":ce,"--n-clear-color-pressed":I,"--n-arrow-size":le,"--n-font-weight":r}}),we=Ce?te(`internal-selection`,q(()=>e.size[0]),K,e):void 0;return{mergedTheme:v,mergedClearable:y,mergedClsPrefix:t,rtlEnabled:r,patternInputFocused:g,filterablePlaceholder:b,label:x,selected:S,showTagsPanel:h,isComposing:P,counterRef:u,counterWrapperRef:d,patternInputMirrorRef:i,patternInputRef:a,selfRef:o,multipleElRef:s,singleElRef:c,patternInputWrapperRef:l,overflowRef:f,inputTagElRef:p,handleMouseDown:se,handleFocusin:re,handleClear:M,handleMouseEnter:ie,handleMouseLeave:ae,handleDeleteOption:N,handlePatternKeyDown:F,handlePatternInputInput:L,handlePatternInputBlur:z,handlePatternInputFocus:de,handleMouseEnterCounter:ve,handleMouseLeaveCounter:ye,handleFocusout:j,handleCompositionEnd:ue,handleCompositionStart:le,onPopoverUpdateShow:G,focus:pe,focusInput:me,blur:fe,blurInput:he,updateCounter:ge,getCounter:_e,getTail:H,renderLabel:e.renderLabel,cssVars:Ce?void 0:K,themeClass:we?.themeClass,onRender:we?.onRender}},render(){let{status:e,multiple:t,size:n,disabled:r,filterable:i,maxTagCount:a,bordered:o,clsPrefix:s,ellipsisTagPopoverProps:l,onRender:u,renderTag:d,renderLabel:f}=this;u?.();let p=a===`responsive`,h=typeof a==`number`,_=p||h,v=(U(),G(_e,null,{default:()=>(U(),G(je,{clsPrefix:s,loading:this.loading,showArrow:this.showArrow,showClear:this.mergedClearable&&this.selected,onClear:this.handleClear},{default:()=>this.$slots.arrow?.()},1032,[`clsPrefix`,`loading`,`showArrow`,`showClear`,`onClear`]))},1024)),y;if(t){let{labelField:e}=this,t=t=>(U(),J(`div`,{class:L(`${s}-base-selection-tag-wrapper`),key:t.value},[d?(U(),J(K,{key:0},[D(()=>d({option:t,handleClose:()=>{this.handleDeleteOption(t)}}))],64)):(U(),G(Ae,{key:1,size:n,closable:!t.disabled,disabled:r,onClose:()=>{this.handleDeleteOption(t)},internalCloseIsButtonTag:!1,internalCloseFocusable:!1},{default:()=>f?f(t,!0):m(t[e],t,!0)},1032,[`size`,`closable`,`disabled`,`onClose`]))],2)),o=()=>(h?this.selectedOptions.slice(0,a):this.selectedOptions).map(t),u=i?(U(),J(`div`,{class:L(`${s}-base-selection-input-tag`),ref:`inputTagElRef`,key:`__input-tag__`},[X(`input`,Q(this.inputProps,{ref:`patternInputRef`,tabindex:-1,disabled:r,value:this.pattern,autofocus:this.autofocus,class:`${s}-base-selection-input-tag__input`,onBlur:this.handlePatternInputBlur,onFocus:this.handlePatternInputFocus,onKeydown:this.handlePatternKeyDown,onInput:this.handlePatternInputInput,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd}),null,16,mt),X(`span`,{ref:`patternInputMirrorRef`,class:L(`${s}-base-selection-input-tag__mirror`)},[D(()=>this.pattern)],2)],2)):null,b=p?()=>(U(),J(`div`,{class:L(`${s}-base-selection-tag-wrapper`),ref:`counterWrapperRef`},[(U(),G(Ae,{size:n,ref:`counterRef`,onMouseenter:this.handleMouseEnterCounter,onMouseleave:this.handleMouseLeaveCounter,disabled:r},null,8,[`size`,`onMouseenter`,`onMouseleave`,`disabled`]))],2)):void 0,x;if(h){let e=this.selectedOptions.length-a;e>0&&(x=(t=>(U(),J(`div`,{class:L(`${s}-base-selection-tag-wrapper`),key:`__counter__`},[(U(),G(Ae,{size:n,ref:`counterRef`,onMouseenter:this.handleMouseEnterCounter,disabled:r},{default:()=>`+${e}`},1032,[`size`,`onMouseenter`,`disabled`]))],2)))(x))}let S=p?i?(U(),G(c,{key:3,ref:`overflowRef`,updateCounter:this.updateCounter,getCounter:this.getCounter,getTail:this.getTail,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:o,counter:b,tail:()=>u},1032,[`updateCounter`,`getCounter`,`getTail`])):(U(),G(c,{key:4,ref:`overflowRef`,updateCounter:this.updateCounter,getCounter:this.getCounter,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:o,counter:b},1032,[`updateCounter`,`getCounter`])):h&&x?o().concat(x):o(),C=_?()=>(U(),J(`div`,{class:L(`${s}-base-selection-popover`)},[p?(U(),J(K,{key:0},[D(()=>o())],64)):(U(),J(K,{key:1},[D(()=>this.selectedOptions.map(t))],64))],2)):void 0,w=_?{show:this.showTagsPanel,trigger:`hover`,overlap:!0,placement:`top`,width:`trigger`,onUpdateShow:this.onPopoverUpdateShow,theme:this.mergedTheme.peers.Popover,themeOverrides:this.mergedTheme.peerOverrides.Popover,...l}:null,T=!this.selected&&(!this.active||!this.pattern&&!this.isComposing)?(U(),J(`div`,{key:5,class:L(`${s}-base-selection-placeholder ${s}-base-selection-overlay`)},[X(`div`,{class:L(`${s}-base-selection-placeholder__inner`)},[D(()=>this.placeholder)],2)],2)):null,E=i?(U(),J(`div`,{key:6,ref:`patternInputWrapperRef`,class:L(`${s}-base-selection-tags`)},[D(()=>S),p?D(()=>null):(U(),J(K,{key:1},[D(()=>u)],64)),D(()=>v)],2)):(U(),J(`div`,{key:7,ref:`multipleElRef`,class:L(`${s}-base-selection-tags`),tabindex:r?void 0:0},[D(()=>S),D(()=>v)],10,ht));y=(e=>(U(),J(K,{key:8},[_?(U(),G(g,Q({key:0},w,{scrollable:!0,style:`max-height: calc(var(--v-target-height) * 6.6);`}),{trigger:()=>E,default:C},1040)):(U(),J(K,{key:1},[D(()=>E)],64)),D(()=>T)],64)))(y)}else if(i){let e=this.pattern||this.isComposing,t=this.active?!e:!this.selected,n=!this.active&&this.selected;y=(e=>(U(),J(`div`,{key:9,ref:`patternInputWrapperRef`,class:L(`${s}-base-selection-label`),title:this.patternInputFocused?void 0:qe(this.label)},[X(`input`,Q(this.inputProps,{ref:`patternInputRef`,class:`${s}-base-selection-input`,value:this.active?this.pattern:``,placeholder:``,readonly:r,disabled:r,tabindex:-1,autofocus:this.autofocus,onFocus:this.handlePatternInputFocus,onBlur:this.handlePatternInputBlur,onInput:this.handlePatternInputInput,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd}),null,16,_t),n?(U(),J(`div`,{class:L(`${s}-base-selection-label__render-label ${s}-base-selection-overlay`),key:`input`},[X(`div`,{class:L(`${s}-base-selection-overlay__wrapper`)},[d?(U(),J(K,{key:0},[D(()=>d({option:this.selectedOption,handleClose:()=>{}}))],64)):(U(),J(K,{key:1},[f?(U(),J(K,{key:0},[D(()=>f(this.selectedOption,!0))],64)):(U(),J(K,{key:1},[D(()=>m(this.label,this.selectedOption,!0))],64))],64))],2)],2)):D(()=>null),t?(U(),J(`div`,{class:L(`${s}-base-selection-placeholder ${s}-base-selection-overlay`),key:`placeholder`},[X(`div`,{class:L(`${s}-base-selection-overlay__wrapper`)},[D(()=>this.filterablePlaceholder)],2)],2)):D(()=>null),D(()=>v)],10,gt)))(y)}else y=(e=>(U(),J(`div`,{key:10,ref:`singleElRef`,class:L(`${s}-base-selection-label`),tabindex:this.disabled?void 0:0},[this.label===void 0?(U(),J(`div`,{class:L(`${s}-base-selection-placeholder ${s}-base-selection-overlay`),key:`placeholder`},[X(`div`,{class:L(`${s}-base-selection-placeholder__inner`)},[D(()=>this.placeholder)],2)],2)):(U(),J(`div`,{class:L(`${s}-base-selection-input`),title:qe(this.label),key:`input`},[X(`div`,{class:L(`${s}-base-selection-input__content`)},[d?(U(),J(K,{key:0},[D(()=>d({option:this.selectedOption,handleClose:()=>{}}))],64)):(U(),J(K,{key:1},[f?(U(),J(K,{key:0},[D(()=>f(this.selectedOption,!0))],64)):(U(),J(K,{key:1},[D(()=>m(this.label,this.selectedOption,!0))],64))],64))],2)],10,[`title`])),D(()=>v)],10,vt)))(y);return U(),J(`div`,{ref:`selfRef`,class:L([`${s}-base-selection`,this.rtlEnabled&&`${s}-base-selection--rtl`,this.themeClass,e&&`${s}-base-selection--${e}-status`,{[`${s}-base-selection--active`]:this.active,[`${s}-base-selection--selected`]:this.selected||this.active&&this.pattern,[`${s}-base-selection--disabled`]:this.disabled,[`${s}-base-selection--multiple`]:this.multiple,[`${s}-base-selection--focus`]:this.focused}]),style:Ee(this.cssVars),onClick:this.onClick,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onKeydown:this.onKeydown,onFocusin:this.handleFocusin,onFocusout:this.handleFocusout,onMousedown:this.handleMouseDown},[D(()=>y),o?(U(),J(`div`,{key:0,class:L(`${s}-base-selection__border`)},null,2)):D(()=>null),o?(U(),J(`div`,{key:2,class:L(`${s}-base-selection__state-border`)},null,2)):D(()=>null)],46,yt)}});function xt(e){let{boxShadow2:t}=e;return{menuBoxShadow:t}}var St=N({name:`Select`,common:re,peers:{InternalSelection:ft,InternalSelectMenu:Pe},self:xt}),Ct=F([b(`select`,`
 z-index: auto;
 outline: none;
 width: 100%;
 position: relative;
 font-weight: var(--n-font-weight);
 `),b(`select-menu`,`
 margin: 4px 0;
 box-shadow: var(--n-menu-box-shadow);
 `,[s({originalTransition:`background-color .3s var(--n-bezier), box-shadow .3s var(--n-bezier)`})])]),wt={...O.props,to:a.propTo,bordered:{type:Boolean,default:void 0},clearable:Boolean,clearCreatedOptionsOnClear:{type:Boolean,default:!0},clearFilterAfterSelect:{type:Boolean,default:!0},options:{type:Array,default:()=>[]},defaultValue:{type:[String,Number,Array],default:null},keyboard:{type:Boolean,default:!0},value:[String,Number,Array],placeholder:String,menuProps:Object,multiple:Boolean,size:String,menuSize:{type:String},filterable:Boolean,disabled:{type:Boolean,default:void 0},remote:Boolean,loading:Boolean,filter:Function,placement:{type:String,default:`bottom-start`},widthMode:{type:String,default:`trigger`},tag:Boolean,onCreate:Function,fallbackOption:{type:[Function,Boolean],default:void 0},show:{type:Boolean,default:void 0},showArrow:{type:Boolean,default:!0},maxTagCount:[Number,String],ellipsisTagPopoverProps:Object,consistentMenuWidth:{type:Boolean,default:!0},virtualScroll:{type:Boolean,default:!0},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},childrenField:{type:String,default:`children`},renderLabel:Function,renderOption:Function,renderTag:Function,"onUpdate:value":[Function,Array],inputProps:Object,nodeProps:Function,ignoreComposition:{type:Boolean,default:!0},showOnFocus:Boolean,onUpdateValue:[Function,Array],onBlur:[Function,Array],onClear:[Function,Array],onFocus:[Function,Array],onScroll:[Function,Array],onSearch:[Function,Array],onUpdateShow:[Function,Array],"onUpdate:show":[Function,Array],displayDirective:{type:String,default:`show`},resetMenuOnOptionsChange:{type:Boolean,default:!0},status:String,showCheckmark:{type:Boolean,default:!0},scrollbarProps:Object,onChange:[Function,Array],items:Array},Tt=Z({name:`Select`,props:wt,slots:Object,setup(t){let{mergedClsPrefixRef:n,mergedBorderedRef:r,namespaceRef:i,inlineThemeDisabled:o,mergedComponentPropsRef:s}=ce(t),c=O(`Select`,`-select`,Ct,St,t,n),l=B(t.defaultValue),u=Y(t,`value`),d=ge(u,l),f=B(!1),m=B(``),g=ke(t,[`items`,`options`]),_=B([]),v=B([]),y=q(()=>v.value.concat(_.value).concat(g.value)),b=q(()=>{let{filter:e}=t;if(e)return e;let{labelField:n,valueField:r}=t;return(e,t)=>{if(!t)return!1;let i=t[n];if(typeof i==`string`)return st(e,i);let a=t[r];return typeof a==`string`?st(e,a):typeof a==`number`&&st(e,String(a))}}),x=q(()=>{if(t.remote)return g.value;{let{value:e}=y,{value:n}=m;return!n.length||!t.filterable?e:lt(e,b.value,n,t.childrenField)}}),S=q(()=>{let{valueField:e,childrenField:n}=t,r=ct(e,n);return h(x.value,r)}),C=q(()=>ut(y.value,t.valueField,t.childrenField)),T=B(!1),E=ge(Y(t,`show`),T),D=B(null),ee=B(null),k=B(null),{localeRef:A}=he(`Select`),re=q(()=>t.placeholder??A.value.placeholder),j=[],M=B(new Map),ie=q(()=>{let{fallbackOption:e}=t;if(e===void 0){let{labelField:e,valueField:n}=t;return t=>({[e]:String(t),[n]:t})}return e===!1?!1:t=>Object.assign(e(t),{value:t})});function ae(e){let n=t.remote,{value:r}=M,{value:i}=C,{value:a}=ie,o=[];return e.forEach(e=>{if(i.has(e))o.push(i.get(e));else if(n&&r.has(e))o.push(r.get(e));else if(a){let t=a(e);t&&o.push(t)}}),o}let oe=q(()=>{if(t.multiple){let{value:e}=d;return Array.isArray(e)?ae(e):[]}return null}),N=q(()=>{let{value:e}=d;return!t.multiple&&!Array.isArray(e)?e===null?null:ae([e])[0]||null:null}),P=se(t,{mergedSize:e=>{let{size:n}=t;if(n)return n;let{mergedSize:r}=e||{};return r?.value?r.value:s?.value?.Select?.size||`medium`}}),{mergedSizeRef:F,mergedDisabledRef:I,mergedStatusRef:L}=P;function R(e,n){let{onChange:r,"onUpdate:value":i,onUpdateValue:a}=t,{nTriggerFormChange:o,nTriggerFormInput:s}=P;r&&w(r,e,n),a&&w(a,e,n),i&&w(i,e,n),l.value=e,o(),s()}function ue(e){let{onBlur:n}=t,{nTriggerFormBlur:r}=P;n&&w(n,e),r()}function de(){let{onClear:e}=t;e&&w(e)}function z(e){let{onFocus:n,showOnFocus:r}=t,{nTriggerFormFocus:i}=P;n&&w(n,e),i(),r&&V()}function fe(e){let{onSearch:n}=t;n&&w(n,e)}function pe(e){let{onScroll:n}=t;n&&w(n,e)}function me(){let{remote:e,multiple:n}=t;if(e){let{value:e}=M;if(n){let{valueField:n}=t;oe.value?.forEach(t=>{e.set(t[n],t)})}else{let n=N.value;n&&e.set(n[t.valueField],n)}}}function _e(e){let{onUpdateShow:n,"onUpdate:show":r}=t;n&&w(n,e),r&&w(r,e),T.value=e}function V(){I.value||(_e(!0),T.value=!0,t.filterable&&Me())}function H(){_e(!1)}function U(){m.value=``,v.value=j}let W=B(!1);function ve(){t.filterable&&(W.value=!0)}function ye(){t.filterable&&(W.value=!1,E.value||U())}function be(){I.value||(E.value?t.filterable?Me():H():V())}function Se(e){k.value?.selfRef?.contains(e.relatedTarget)||(f.value=!1,ue(e),H())}function G(e){z(e),f.value=!0}function Ce(){f.value=!0}function K(e){D.value?.$el.contains(e.relatedTarget)||(f.value=!1,ue(e),H())}function we(){D.value?.focus(),H()}function J(e){E.value&&(D.value?.$el.contains(le(e))||H())}function Te(e){if(!Array.isArray(e))return[];if(ie.value)return Array.from(e);{let{remote:n}=t,{value:r}=C;if(n){let{value:t}=M;return e.filter(e=>r.has(e)||t.has(e))}return e.filter(e=>r.has(e))}}function X(e){Z(e.rawNode)}function Z(e){if(I.value)return;let{tag:n,remote:r,clearFilterAfterSelect:i,valueField:a}=t;if(n&&!r){let{value:e}=v,t=e[0]||null;if(t){let e=_.value;e.length?e.push(t):_.value=[t],v.value=j}}if(r&&M.value.set(e[a],e),t.multiple){let t=Te(d.value),o=t.findIndex(t=>t===e[a]);if(~o){if(t.splice(o,1),n&&!r){let t=Q(e[a]);~t&&(_.value.splice(t,1),i&&(m.value=``))}}else t.push(e[a]),i&&(m.value=``);R(t,ae(t))}else{if(n&&!r){let t=Q(e[a]);~t?_.value=[_.value[t]]:_.value=j}je(),H(),R(e[a],e)}}function Q(e){return _.value.findIndex(n=>n[t.valueField]===e)}function $(e){E.value||V();let{value:n}=e.target;m.value=n;let{tag:r,remote:i}=t;if(fe(n),r&&!i){if(!n){v.value=j;return}let{onCreate:e}=t,r=e?e(n):{[t.labelField]:n,[t.valueField]:n},{valueField:i,labelField:a}=t;g.value.some(e=>e[i]===r[i]||e[a]===r[a])||_.value.some(e=>e[i]===r[i]||e[a]===r[a])?v.value=j:v.value=[r]}}function Ee(e){e.stopPropagation();let{multiple:n,tag:r,remote:i,clearCreatedOptionsOnClear:a}=t;!n&&t.filterable&&H(),r&&!i&&a&&(_.value=j),de(),n?R([],[]):R(null,null)}function De(t){e(t,`action`)||e(t,`empty`)||e(t,`header`)||t.preventDefault()}function Oe(e){pe(e)}function Ae(e){if(!t.keyboard)e.preventDefault();else switch(e.key){case` `:if(t.filterable)break;e.preventDefault();case`Enter`:if(!D.value?.isComposing){if(E.value){let e=k.value?.getPendingTmNode();e?X(e):t.filterable||(H(),je())}else if(V(),t.tag&&W.value){let e=v.value[0];if(e){let n=e[t.valueField],{value:r}=d;t.multiple&&Array.isArray(r)&&r.includes(n)||Z(e)}}}e.preventDefault();break;case`ArrowUp`:if(e.preventDefault(),t.loading)return;E.value&&k.value?.prev();break;case`ArrowDown`:if(e.preventDefault(),t.loading)return;E.value?k.value?.next():V();break;case`Escape`:E.value&&(p(e),H()),D.value?.focus()}}function je(){D.value?.focus()}function Me(){D.value?.focusInput()}function Ne(){E.value&&ee.value?.syncPosition()}me(),xe(Y(t,`options`),me);let Pe={focus:()=>{D.value?.focus()},focusInput:()=>{D.value?.focusInput()},blur:()=>{D.value?.blur()},blurInput:()=>{D.value?.blurInput()}},Fe=q(()=>{let{self:{menuBoxShadow:e}}=c.value;return{"--n-menu-box-shadow":e}}),Ie=o?te(`select`,void 0,Fe,t):void 0;return{...Pe,mergedStatus:L,mergedClsPrefix:n,mergedBordered:r,namespace:i,treeMate:S,isMounted:ne(),triggerRef:D,menuRef:k,pattern:m,uncontrolledShow:T,mergedShow:E,adjustedTo:a(t),uncontrolledValue:l,mergedValue:d,followerRef:ee,localizedPlaceholder:re,selectedOption:N,selectedOptions:oe,mergedSize:F,mergedDisabled:I,focused:f,activeWithoutMenuOpen:W,inlineThemeDisabled:o,onTriggerInputFocus:ve,onTriggerInputBlur:ye,handleTriggerOrMenuResize:Ne,handleMenuFocus:Ce,handleMenuBlur:K,handleMenuTabOut:we,handleTriggerClick:be,handleToggle:X,handleDeleteOption:Z,handlePatternInput:$,handleClear:Ee,handleTriggerBlur:Se,handleTriggerFocus:G,handleKeydown:Ae,handleMenuAfterLeave:U,handleMenuClickOutside:J,handleMenuScroll:Oe,handleMenuKeydown:Ae,handleMenuMousedown:De,mergedTheme:c,cssVars:o?void 0:Fe,themeClass:Ie?.themeClass,onRender:Ie?.onRender}},render(){return U(),J(`div`,{class:L(`${this.mergedClsPrefix}-select`)},[Ce(v,null,{_:1,default:x(()=>[(U(),G(_,null,{_:1,default:x(()=>(U(),G(bt,{ref:`triggerRef`,inlineThemeDisabled:this.inlineThemeDisabled,status:this.mergedStatus,inputProps:this.inputProps,clsPrefix:this.mergedClsPrefix,showArrow:this.showArrow,maxTagCount:this.maxTagCount,ellipsisTagPopoverProps:this.ellipsisTagPopoverProps,bordered:this.mergedBordered,active:this.activeWithoutMenuOpen||this.mergedShow,pattern:this.pattern,placeholder:this.localizedPlaceholder,selectedOption:this.selectedOption,selectedOptions:this.selectedOptions,multiple:this.multiple,renderTag:this.renderTag,renderLabel:this.renderLabel,filterable:this.filterable,clearable:this.clearable,disabled:this.mergedDisabled,size:this.mergedSize,theme:this.mergedTheme.peers.InternalSelection,labelField:this.labelField,valueField:this.valueField,themeOverrides:this.mergedTheme.peerOverrides.InternalSelection,loading:this.loading,focused:this.focused,onClick:this.handleTriggerClick,onDeleteOption:this.handleDeleteOption,onPatternInput:this.handlePatternInput,onClear:this.handleClear,onBlur:this.handleTriggerBlur,onFocus:this.handleTriggerFocus,onKeydown:this.handleKeydown,onPatternBlur:this.onTriggerInputBlur,onPatternFocus:this.onTriggerInputFocus,onResize:this.handleTriggerOrMenuResize,ignoreComposition:this.ignoreComposition},{_:1,arrow:x(()=>[this.$slots.arrow?.()])},8,`inlineThemeDisabled.status.inputProps.clsPrefix.showArrow.maxTagCount.ellipsisTagPopoverProps.bordered.active.pattern.placeholder.selectedOption.selectedOptions.multiple.renderTag.renderLabel.filterable.clearable.disabled.size.theme.labelField.valueField.themeOverrides.loading.focused.onClick.onDeleteOption.onPatternInput.onClear.onBlur.onFocus.onKeydown.onPatternBlur.onPatternFocus.onResize.ignoreComposition`.split(`.`))))})),(U(),G(l,{ref:`followerRef`,show:this.mergedShow,to:this.adjustedTo,teleportDisabled:this.adjustedTo===a.tdkey,containerClass:this.namespace,width:this.consistentMenuWidth?`target`:void 0,minWidth:`target`,placement:this.placement},{_:1,default:x(()=>(U(),G(S,{name:`fade-in-scale-up-transition`,appear:this.isMounted,onAfterLeave:this.handleMenuAfterLeave},{_:1,default:x(()=>this.mergedShow||this.displayDirective===`show`?(this.onRender?.(),Te((U(),G(it,Q(this.menuProps,{ref:`menuRef`,onResize:this.handleTriggerOrMenuResize,inlineThemeDisabled:this.inlineThemeDisabled,virtualScroll:this.consistentMenuWidth&&this.virtualScroll,class:[`${this.mergedClsPrefix}-select-menu`,this.themeClass,this.menuProps?.class],clsPrefix:this.mergedClsPrefix,focusable:!0,labelField:this.labelField,valueField:this.valueField,autoPending:!0,nodeProps:this.nodeProps,theme:this.mergedTheme.peers.InternalSelectMenu,themeOverrides:this.mergedTheme.peerOverrides.InternalSelectMenu,treeMate:this.treeMate,multiple:this.multiple,size:this.menuSize,renderOption:this.renderOption,renderLabel:this.renderLabel,value:this.mergedValue,style:[this.menuProps?.style,this.cssVars],onToggle:this.handleToggle,onScroll:this.handleMenuScroll,onFocus:this.handleMenuFocus,onBlur:this.handleMenuBlur,onKeydown:this.handleMenuKeydown,onTabOut:this.handleMenuTabOut,onMousedown:this.handleMenuMousedown,show:this.mergedShow,showCheckmark:this.showCheckmark,resetMenuOnOptionsChange:this.resetMenuOnOptionsChange,scrollbarProps:this.scrollbarProps}),{_:1,empty:x(()=>[this.$slots.empty?.()]),header:x(()=>[this.$slots.header?.()]),action:x(()=>[this.$slots.action?.()])},16,`onResize.inlineThemeDisabled.virtualScroll.class.clsPrefix.labelField.valueField.nodeProps.theme.themeOverrides.treeMate.multiple.size.renderOption.renderLabel.value.style.onToggle.onScroll.onFocus.onBlur.onKeydown.onTabOut.onMousedown.show.showCheckmark.resetMenuOnOptionsChange.scrollbarProps`.split(`.`))),this.displayDirective===`show`?[[ee,this.mergedShow],[o,this.handleMenuClickOutside,void 0,{capture:!0}]]:[[o,this.handleMenuClickOutside,void 0,{capture:!0}]])):null)},8,[`appear`,`onAfterLeave`])))},8,[`show`,`to`,`teleportDisabled`,`containerClass`,`width`,`placement`]))])})],2)}});export{Ze as a,Pe as c,it as i,St as n,Ye as o,ct as r,Ge as s,Tt as t};