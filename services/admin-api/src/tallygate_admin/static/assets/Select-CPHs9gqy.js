import{F as e,M as t,N as n,P as r,S as i,_ as a,a as o,d as s,f as c,h as l,i as u,j as d,m as f,n as p,o as m,r as h,s as g,v as _,y as v}from"./event-C7eE8ke6.js";import{A as y,C as b,D as x,E as S,K as C,L as w,M as T,Mt as E,N as D,Nt as O,O as k,Ot as A,P as j,Pt as M,R as N,T as ee,U as P,V as F,Vt as te,b as ne,f as re,j as ie,jt as I,k as L,kt as R,s as ae,z,zt as oe}from"./Button-DA5Pq1uX.js";import{t as se}from"./use-locale-D8iZbWIF.js";import{$ as B,A as V,E as H,N as U,O as ce,P as le,S as ue,T as de,U as fe,W as pe,d as W,g as G,i as K,k as me,l as q,p as J,q as he,rt as Y,u as X,v as Z,w as Q,x as $,xt as ge}from"./runtime-core.esm-bundler-DolcaMW8.js";import{A as _e,D as ve,O as ye,_ as be,g as xe,k as Se,m as Ce,w as we,x as Te,y as Ee}from"./api-D6YFq2Gd.js";import{a as De,i as Oe}from"./DataState-2t0D1CYd.js";import{i as ke,t as Ae}from"./Tag-CruEt6f2.js";import{r as je}from"./Input-DcDWXfeT.js";var Me={height:`calc(var(--n-option-height) * 7.6)`,paddingTiny:`4px 0`,paddingSmall:`4px 0`,paddingMedium:`4px 0`,paddingLarge:`4px 0`,paddingHuge:`4px 0`,optionPaddingTiny:`0 12px`,optionPaddingSmall:`0 12px`,optionPaddingMedium:`0 12px`,optionPaddingLarge:`0 12px`,optionPaddingHuge:`0 12px`,loadingSize:`18px`};function Ne(e){let{borderRadius:t,popoverColor:n,textColor3:r,dividerColor:i,textColor2:a,primaryColorPressed:o,textColorDisabled:s,primaryColor:c,opacityDisabled:l,hoverColor:u,fontSizeTiny:d,fontSizeSmall:f,fontSizeMedium:p,fontSizeLarge:m,fontSizeHuge:h,heightTiny:g,heightSmall:_,heightMedium:v,heightLarge:y,heightHuge:b}=e;return{...Me,optionFontSizeTiny:d,optionFontSizeSmall:f,optionFontSizeMedium:p,optionFontSizeLarge:m,optionFontSizeHuge:h,optionHeightTiny:g,optionHeightSmall:_,optionHeightMedium:v,optionHeightLarge:y,optionHeightHuge:b,borderRadius:t,color:n,groupHeaderTextColor:r,actionDividerColor:i,optionTextColor:a,optionTextColorPressed:o,optionTextColorDisabled:s,optionTextColorActive:c,optionOpacityDisabled:l,optionCheckColor:c,optionColorPending:u,optionColorActive:`rgba(0, 0, 0, 0)`,optionColorActivePending:u,actionTextColor:a,loadingColor:c}}var Pe=y({name:`InternalSelectMenu`,common:D,peers:{Scrollbar:we,Empty:De},self:Ne});function Fe(e){return e&-e}var Ie=class{constructor(e,t){this.l=e,this.min=t;let n=Array(e+1);for(let t=0;t<e+1;++t)n[t]=0;this.ft=n}add(e,t){if(t===0)return;let{l:n,ft:r}=this;for(e+=1;e<=n;)r[e]+=t,e+=Fe(e)}get(e){return this.sum(e+1)-this.sum(e)}sum(e){if(e===void 0&&(e=this.l),e<=0)return 0;let{ft:t,min:n,l:r}=this;if(e>r)throw Error("[FinweckTree.sum]: `i` is larger than length.");let i=e*n;for(;e>0;)i+=t[e],e-=Fe(e);return i}getBound(e){let t=0,n=this.l;for(;n>t;){let r=Math.floor((t+n)/2),i=this.sum(r);if(i>e)n=r;else if(i<e){if(t===r)return this.sum(t+1)<=e?t+1:r;t=r}else return r}return t}},Le;function Re(){return typeof document>`u`?!1:(Le===void 0&&(Le=`matchMedia`in window&&window.matchMedia(`(pointer:coarse)`).matches),Le)}var ze;function Be(){return typeof document>`u`?1:(ze===void 0&&(ze=`chrome`in window?window.devicePixelRatio:1),ze)}var Ve=`VVirtualListXScroll`;function He({columnsRef:e,renderColRef:t,renderItemWithColsRef:n}){let r=B(0),i=B(0),a=q(()=>{let t=e.value;if(t.length===0)return null;let n=new Ie(t.length,0);return t.forEach((e,t)=>{n.add(t,e.width)}),n}),o=k(()=>{let e=a.value;return e===null?0:Math.max(e.getBound(i.value)-1,0)}),s=e=>{let t=a.value;return t===null?0:t.sum(e)},c=k(()=>{let t=a.value;return t===null?0:Math.min(t.getBound(i.value+r.value)+1,e.value.length-1)});return le(Ve,{startIndexRef:o,endIndexRef:c,columnsRef:e,renderColRef:t,renderItemWithColsRef:n,getLeft:s}),{listWidthRef:r,scrollLeftRef:i}}var Ue=Z({name:`VirtualListRow`,props:{index:{type:Number,required:!0},item:{type:Object,required:!0}},setup(){let{startIndexRef:e,endIndexRef:t,columnsRef:n,getLeft:r,renderColRef:i,renderItemWithColsRef:a}=ue(Ve);return{startIndex:e,endIndex:t,columns:n,renderCol:i,renderItemWithCols:a,getLeft:r}},render(){let{startIndex:e,endIndex:t,columns:n,renderCol:r,renderItemWithCols:i,getLeft:a,item:o}=this;if(i!=null)return i({itemIndex:this.index,startColIndex:e,endColIndex:t,allColumns:n,item:o,getLeft:a});if(r!=null){let i=[];for(let s=e;s<=t;++s){let e=n[s];i.push(r({column:e,left:a(s),item:o}))}return i}return null}}),We=f(`.v-vl`,{maxHeight:`inherit`,height:`100%`,overflow:`auto`,minWidth:`1px`},[f(`&:not(.v-vl--show-scrollbar)`,{scrollbarWidth:`none`},[f(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,{width:0,height:0,display:`none`})])]),Ge=Z({name:`VirtualList`,inheritAttrs:!1,props:{showScrollbar:{type:Boolean,default:!0},columns:{type:Array,default:()=>[]},renderCol:Function,renderItemWithCols:Function,items:{type:Array,default:()=>[]},itemSize:{type:Number,required:!0},itemResizable:Boolean,itemsStyle:[String,Object],visibleItemsTag:{type:[String,Object],default:`div`},visibleItemsProps:Object,ignoreItemResize:Boolean,onScroll:Function,onWheel:Function,onResize:Function,defaultScrollKey:[Number,String],defaultScrollIndex:Number,keyField:{type:String,default:`key`},paddingTop:{type:[Number,String],default:0},paddingBottom:{type:[Number,String],default:0}},setup(t){let n=P();We.mount({id:`vueuc/virtual-list`,head:!0,anchorMetaName:l,ssr:n}),V(()=>{let{defaultScrollIndex:e,defaultScrollKey:n}=t;e==null?n!=null&&v({key:n}):v({index:e})});let r=!1,i=!1;H(()=>{r=!1,i?v({top:h.value,left:s.value}):i=!0}),me(()=>{r=!0,i||=!0});let a=k(()=>{if(t.renderCol==null&&t.renderItemWithCols==null||t.columns.length===0)return;let e=0;return t.columns.forEach(t=>{e+=t.width}),e}),o=q(()=>{let e=new Map,{keyField:n}=t;return t.items.forEach((t,r)=>{e.set(t[n],r)}),e}),{scrollLeftRef:s,listWidthRef:c}=He({columnsRef:Y(t,`columns`),renderColRef:Y(t,`renderCol`),renderItemWithColsRef:Y(t,`renderItemWithCols`)}),u=B(null),d=B(void 0),f=new Map,p=q(()=>{let{items:e,itemSize:n,keyField:r}=t,i=new Ie(e.length,n);return e.forEach((e,t)=>{let n=e[r],a=f.get(n);a!==void 0&&i.add(t,a)}),i}),m=B(0),h=B(0),g=k(()=>Math.max(p.value.getBound(h.value-ve(t.paddingTop))-1,0)),_=q(()=>{let{value:e}=d;if(e===void 0)return[];let{items:n,itemSize:r}=t,i=g.value,a=Math.min(i+Math.ceil(e/r+1),n.length-1),o=[];for(let e=i;e<=a;++e)o.push(n[e]);return o}),v=(e,t)=>{if(typeof e==`number`){S(e,t,`auto`);return}let{left:n,top:r,index:i,key:a,position:s,behavior:c,debounce:l=!0}=e;if(n!==void 0||r!==void 0)S(n,r,c);else if(i!==void 0)x(i,c,l);else if(a!==void 0){let e=o.value.get(a);e!==void 0&&x(e,c,l)}else s===`bottom`?S(0,2**53-1,c):s===`top`&&S(0,0,c)},y,b=null;function x(e,n,r){let i=u.value;if(i==null)return;let{value:a}=p,o=a.sum(e)+ve(t.paddingTop);if(!r)i.scrollTo({left:0,top:o,behavior:n});else{y=e,b!==null&&window.clearTimeout(b),b=window.setTimeout(()=>{y=void 0,b=null},16);let{scrollTop:t,offsetHeight:r}=i;if(o>t){let s=a.get(e);o+s<=t+r||i.scrollTo({left:0,top:o+s-r,behavior:n})}else i.scrollTo({left:0,top:o,behavior:n})}}function S(e,t,n){u.value?.scrollTo({left:e,top:t,behavior:n})}function C(e,n){if(r||t.ignoreItemResize||j(n.target))return;let{value:i}=p,a=o.value.get(e),s=i.get(a),c=n.borderBoxSize?.[0]?.blockSize??n.contentRect.height;if(c===s)return;c-t.itemSize===0?f.delete(e):f.set(e,c-t.itemSize);let l=c-s;if(l===0)return;i.add(a,l);let d=u.value;if(d!=null){if(y===void 0){let e=i.sum(a);d.scrollTop>e&&d.scrollBy(0,l)}else(a<y||a===y&&c+i.sum(a)>d.scrollTop+d.offsetHeight)&&d.scrollBy(0,l);A()}m.value++}let w=!Re(),T=!1;function E(e){var n;(n=t.onScroll)==null||n.call(t,e),w&&T||A()}function D(n){var r;if((r=t.onWheel)==null||r.call(t,n),w){let t=u.value;if(t!=null){if(n.deltaX===0&&(t.scrollTop===0&&n.deltaY<=0||t.scrollTop+t.offsetHeight>=t.scrollHeight&&n.deltaY>=0))return;n.preventDefault(),t.scrollTop+=n.deltaY/Be(),t.scrollLeft+=n.deltaX/Be(),A(),T=!0,e(()=>{T=!1})}}}function O(e){if(r||j(e.target))return;if(t.renderCol==null&&t.renderItemWithCols==null){if(e.contentRect.height===d.value)return}else if(e.contentRect.height===d.value&&e.contentRect.width===c.value)return;d.value=e.contentRect.height,c.value=e.contentRect.width;let{onResize:n}=t;n!==void 0&&n(e)}function A(){let{value:e}=u;e!=null&&(h.value=e.scrollTop,s.value=e.scrollLeft)}function j(e){let t=e;for(;t!==null;){if(t.style.display===`none`)return!0;t=t.parentElement}return!1}return{listHeight:d,listStyle:{overflow:`auto`},keyToIndex:o,itemsStyle:q(()=>{let{itemResizable:e}=t,n=Se(p.value.sum());return m.value,[t.itemsStyle,{boxSizing:`content-box`,width:Se(a.value),height:e?``:n,minHeight:e?n:``,paddingTop:Se(t.paddingTop),paddingBottom:Se(t.paddingBottom)}]}),visibleItemsStyle:q(()=>(m.value,{transform:`translateY(${Se(p.value.sum(g.value))})`})),viewportItems:_,listElRef:u,itemsElRef:B(null),scrollTo:v,handleListResize:O,handleListScroll:E,handleListWheel:D,handleItemResize:C}},render(){let{itemResizable:e,keyField:t,keyToIndex:n,visibleItemsTag:r}=this;return $(xe,{onResize:this.handleListResize},{default:()=>{var i;return $(`div`,Q(this.$attrs,{class:[`v-vl`,this.showScrollbar&&`v-vl--show-scrollbar`],onScroll:this.handleListScroll,onWheel:this.handleListWheel,ref:`listElRef`}),[this.items.length===0?(i=this.$slots).empty?.call(i):$(`div`,{ref:`itemsElRef`,class:`v-vl-items`,style:this.itemsStyle},[$(r,Object.assign({class:`v-vl-visible-items`,style:this.visibleItemsStyle},this.visibleItemsProps),{default:()=>{let{renderCol:r,renderItemWithCols:i}=this;return this.viewportItems.map(a=>{let o=a[t],s=n.get(o),c=r==null?void 0:$(Ue,{index:s,item:a}),l=i==null?void 0:$(Ue,{index:s,item:a}),u=this.$slots.default({item:a,renderedCols:c,renderedItemWithCols:l,index:s})[0];return e?$(xe,{key:o,onResize:e=>this.handleItemResize(o,e)},{default:()=>u}):(u.key=o,u)})}})])])}})}}),Ke={paddingSingle:`0 26px 0 12px`,paddingMultiple:`3px 26px 0 12px`,clearSize:`16px`,arrowSize:`16px`};function qe(e){switch(typeof e){case`string`:return e||void 0;case`number`:return String(e);default:return}}function Je(e,t){t&&(V(()=>{let{value:n}=e;n&&be.registerHandler(n,t)}),fe(e,(e,t)=>{t&&be.unregisterHandler(t)},{deep:!1}),ce(()=>{let{value:t}=e;t&&be.unregisterHandler(t)}))}var Ye=Z({props:{onFocus:Function,onBlur:Function},setup(e){return()=>(()=>{let t=w(`d16ead82505dc285`);return U(),J(`div`,{style:`width: 0; height: 0`,tabindex:0,onFocus:t[0]||=t=>e.onFocus?.(t),onBlur:t[1]||=t=>e.onBlur?.(t)},null,32)})()}}),Xe=Z({name:`NBaseSelectGroupHeader`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(){let{renderLabelRef:e,renderOptionRef:n,labelFieldRef:r,nodePropsRef:i}=ue(t);return{labelField:r,nodeProps:i,renderLabel:e,renderOption:n}},render(){let{clsPrefix:e,renderLabel:t,renderOption:n,nodeProps:r,tmNode:{rawNode:i}}=this,a=r?.(i),o=t?t(i,!1):m(i[this.labelField],i,!1),s=(U(),J(`div`,Q(a,{class:[`${e}-base-select-group-header`,a?.class]}),[F(()=>o)],16));return i.render?i.render({node:s,option:i}):n?n({node:s,option:i,selected:!1}):s}});function Ze(e){let t=e.filter(e=>e!==void 0);if(t.length!==0)return t.length===1?t[0]:t=>{e.forEach(e=>{e&&e(t)})}}var Qe=Z({name:`Checkmark`,render(){return(()=>{let e=w(`3c84eac8ae4e1f96`);return e[0]||=X(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 16 16`},[X(`g`,{fill:`none`},[X(`path`,{d:`M14.046 3.486a.75.75 0 0 1-.032 1.06l-7.93 7.474a.85.85 0 0 1-1.188-.022l-2.68-2.72a.75.75 0 1 1 1.068-1.053l2.234 2.267l7.468-7.038a.75.75 0 0 1 1.06.032z`,fill:`currentColor`})])],-1)})()}}),$e=[`onClick`,`onMouseenter`,`onMousemove`];function et(e,t){return U(),W(oe,{name:`fade-in-scale-up-transition`},{default:()=>e?(U(),W(L,{key:1,clsPrefix:t,class:N(`${t}-base-select-option__check`)},{default:()=>$(Qe)},1032,[`clsPrefix`,`class`])):null},1024)}var tt=Z({name:`NBaseSelectOption`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(e){let{valueRef:n,pendingTmNodeRef:r,multipleRef:i,valueSetRef:a,renderLabelRef:o,renderOptionRef:s,labelFieldRef:c,valueFieldRef:l,showCheckmarkRef:u,nodePropsRef:d,handleOptionClick:f,handleOptionMouseEnter:p}=ue(t),m=k(()=>{let{value:t}=r;return t?e.tmNode.key===t.key:!1});function h(t){let{tmNode:n}=e;n.disabled||f(t,n)}function g(t){let{tmNode:n}=e;n.disabled||p(t,n)}function _(t){let{tmNode:n}=e,{value:r}=m;n.disabled||r||p(t,n)}return{multiple:i,isGrouped:k(()=>{let{tmNode:t}=e,{parent:n}=t;return n&&n.rawNode.type===`group`}),showCheckmark:u,nodeProps:d,isPending:m,isSelected:k(()=>{let{value:t}=n,{value:r}=i;if(t===null)return!1;let o=e.tmNode.rawNode[l.value];if(r){let{value:e}=a;return e.has(o)}return t===o}),labelField:c,renderLabel:o,renderOption:s,handleMouseMove:_,handleMouseEnter:g,handleClick:h}},render(){let{clsPrefix:e,tmNode:{rawNode:t},isSelected:n,isPending:r,isGrouped:i,showCheckmark:a,nodeProps:o,renderOption:s,renderLabel:c,handleClick:l,handleMouseEnter:u,handleMouseMove:d}=this,f=et(n,e),p=c?[c(t,n),a&&f]:[m(t[this.labelField],t,n),a&&f],h=o?.(t),g=(U(),J(`div`,Q(h,{class:[`${e}-base-select-option`,t.class,h?.class,{[`${e}-base-select-option--disabled`]:t.disabled,[`${e}-base-select-option--selected`]:n,[`${e}-base-select-option--grouped`]:i,[`${e}-base-select-option--pending`]:r,[`${e}-base-select-option--show-checkmark`]:a}],style:[h?.style||``,t.style||``],onClick:Ze([l,h?.onClick]),onMouseenter:Ze([u,h?.onMouseenter]),onMousemove:Ze([d,h?.onMousemove])}),[X(`div`,{class:N(`${e}-base-select-option__content`)},[F(()=>p)],2)],16,$e));return t.render?t.render({node:g,option:t,selected:n}):s?s({node:g,option:t,selected:n}):g}}),nt=R(`base-select-menu`,`
 line-height: 1.5;
 outline: none;
 z-index: 0;
 position: relative;
 border-radius: var(--n-border-radius);
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 background-color: var(--n-color);
`,[R(`scrollbar`,`
 max-height: var(--n-height);
 `),R(`virtual-list`,`
 max-height: var(--n-height);
 `),R(`base-select-option`,`
 min-height: var(--n-option-height);
 font-size: var(--n-option-font-size);
 display: flex;
 align-items: center;
 `,[I(`content`,`
 z-index: 1;
 white-space: nowrap;
 text-overflow: ellipsis;
 overflow: hidden;
 `)]),R(`base-select-group-header`,`
 min-height: var(--n-option-height);
 font-size: .93em;
 display: flex;
 align-items: center;
 `),R(`base-select-menu-option-wrapper`,`
 position: relative;
 width: 100%;
 `),I(`loading, empty`,`
 display: flex;
 padding: 12px 32px;
 flex: 1;
 justify-content: center;
 `),I(`loading`,`
 color: var(--n-loading-color);
 font-size: var(--n-loading-size);
 `),I(`header`,`
 padding: 8px var(--n-option-padding-left);
 font-size: var(--n-option-font-size);
 transition: 
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 border-bottom: 1px solid var(--n-action-divider-color);
 color: var(--n-action-text-color);
 `),I(`action`,`
 padding: 8px var(--n-option-padding-left);
 font-size: var(--n-option-font-size);
 transition: 
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 border-top: 1px solid var(--n-action-divider-color);
 color: var(--n-action-text-color);
 `),R(`base-select-group-header`,`
 position: relative;
 cursor: default;
 padding: var(--n-option-padding);
 color: var(--n-group-header-text-color);
 `),R(`base-select-option`,`
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
 `),A(`&::before`,`
 content: "";
 position: absolute;
 left: 4px;
 right: 4px;
 top: 0;
 bottom: 0;
 border-radius: var(--n-border-radius);
 transition: background-color .3s var(--n-bezier);
 `),A(`&:active`,`
 color: var(--n-option-text-color-pressed);
 `),E(`grouped`,`
 padding-left: calc(var(--n-option-padding-left) * 1.5);
 `),E(`pending`,[A(`&::before`,`
 background-color: var(--n-option-color-pending);
 `)]),E(`selected`,`
 color: var(--n-option-text-color-active);
 `,[A(`&::before`,`
 background-color: var(--n-option-color-active);
 `),E(`pending`,[A(`&::before`,`
 background-color: var(--n-option-color-active-pending);
 `)])]),E(`disabled`,`
 cursor: not-allowed;
 `,[O(`selected`,`
 color: var(--n-option-text-color-disabled);
 `),E(`selected`,`
 opacity: var(--n-option-opacity-disabled);
 `)]),I(`check`,`
 font-size: 16px;
 position: absolute;
 right: calc(var(--n-option-padding-right) - 4px);
 top: calc(50% - 7px);
 color: var(--n-option-check-color);
 transition: color .3s var(--n-bezier);
 `,[o({enterScale:`0.5`})])])]),rt=[`tabindex`,`onFocusin`,`onFocusout`,`onKeyup`,`onKeydown`,`onMousedown`,`onMouseenter`,`onMouseleave`],it=Z({name:`InternalSelectMenu`,props:{...ie.props,clsPrefix:{type:String,required:!0},scrollable:{type:Boolean,default:!0},treeMate:{type:Object,required:!0},multiple:Boolean,size:{type:String,default:`medium`},value:{type:[String,Number,Array],default:null},autoPending:Boolean,virtualScroll:{type:Boolean,default:!0},show:{type:Boolean,default:!0},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},loading:Boolean,focusable:Boolean,renderLabel:Function,renderOption:Function,nodeProps:Function,showCheckmark:{type:Boolean,default:!0},onMousedown:Function,onScroll:Function,onFocus:Function,onBlur:Function,onKeyup:Function,onKeydown:Function,onTabOut:Function,onMouseenter:Function,onMouseleave:Function,onResize:Function,resetMenuOnOptionsChange:{type:Boolean,default:!0},inlineThemeDisabled:Boolean,scrollbarProps:Object,onToggle:Function},setup(e){let{mergedClsPrefixRef:n,mergedRtlRef:i,mergedComponentPropsRef:a}=C(e),o=ne(`InternalSelectMenu`,i,n),s=ie(`InternalSelectMenu`,`-internal-select-menu`,nt,Pe,e,Y(e,`clsPrefix`)),c=B(null),l=B(null),f=B(null),p=q(()=>e.treeMate.getFlattenedNodes()),m=q(()=>u(p.value)),h=B(null);function g(){let{treeMate:t}=e,n=null,{value:r}=e;r===null?n=t.getFirstAvailableNode():(n=e.multiple?t.getNode((r||[])[(r||[]).length-1]):t.getNode(r),(!n||n.disabled)&&(n=t.getFirstAvailableNode())),I(n||null)}function _(){let{value:t}=h;t&&!e.treeMate.getNode(t.key)&&(h.value=null)}let v;fe(()=>e.show,t=>{t?v=fe(()=>e.treeMate,()=>{e.resetMenuOnOptionsChange?(e.autoPending?g():_(),de(L)):_()},{immediate:!0}):v?.()},{immediate:!0}),ce(()=>{v?.()});let y=q(()=>ve(s.value.self[M(`optionHeight`,e.size)])),b=q(()=>ye(s.value.self[M(`padding`,e.size)])),x=q(()=>e.multiple&&Array.isArray(e.value)?new Set(e.value):new Set),S=q(()=>{let e=p.value;return e&&e.length===0}),w=q(()=>a?.value?.Select?.renderEmpty);function E(t){let{onToggle:n}=e;n&&n(t)}function D(t){let{onScroll:n}=e;n&&n(t)}function O(e){f.value?.sync(),D(e)}function k(){f.value?.sync()}function A(){let{value:e}=h;return e||null}function j(e,t){t.disabled||I(t,!1)}function N(e,t){t.disabled||E(t)}function ee(t){r(t,`action`)||e.onKeyup?.(t)}function P(t){r(t,`action`)||e.onKeydown?.(t)}function F(t){e.onMousedown?.(t),e.focusable||t.preventDefault()}function te(){let{value:e}=h;e&&I(e.getNext({loop:!0}),!0)}function re(){let{value:e}=h;e&&I(e.getPrev({loop:!0}),!0)}function I(e,t=!1){h.value=e,t&&L()}function L(){let t=h.value;if(!t)return;let n=m.value(t.key);n!==null&&(e.virtualScroll?l.value?.scrollTo({index:n}):f.value?.scrollTo({index:n,elSize:y.value}))}function R(t){c.value?.contains(t.target)&&e.onFocus?.(t)}function ae(t){c.value?.contains(t.relatedTarget)||e.onBlur?.(t)}le(t,{handleOptionMouseEnter:j,handleOptionClick:N,valueSetRef:x,pendingTmNodeRef:h,nodePropsRef:Y(e,`nodeProps`),showCheckmarkRef:Y(e,`showCheckmark`),multipleRef:Y(e,`multiple`),valueRef:Y(e,`value`),renderLabelRef:Y(e,`renderLabel`),renderOptionRef:Y(e,`renderOption`),labelFieldRef:Y(e,`labelField`),valueFieldRef:Y(e,`valueField`)}),le(d,c),V(()=>{let{value:e}=f;e&&e.sync()});let z=q(()=>{let{size:t}=e,{common:{cubicBezierEaseInOut:n},self:{height:r,borderRadius:i,color:a,groupHeaderTextColor:o,actionDividerColor:c,optionTextColorPressed:l,optionTextColor:u,optionTextColorDisabled:d,optionTextColorActive:f,optionOpacityDisabled:p,optionCheckColor:m,actionTextColor:h,optionColorPending:g,optionColorActive:_,loadingColor:v,loadingSize:y,optionColorActivePending:b,[M(`optionFontSize`,t)]:x,[M(`optionHeight`,t)]:S,[M(`optionPadding`,t)]:C}}=s.value;return{"--n-height":r,"--n-action-divider-color":c,"--n-action-text-color":h,"--n-bezier":n,"--n-border-radius":i,"--n-color":a,"--n-option-font-size":x,"--n-group-header-text-color":o,"--n-option-check-color":m,"--n-option-color-pending":g,"--n-option-color-active":_,"--n-option-color-active-pending":b,"--n-option-height":S,"--n-option-opacity-disabled":p,"--n-option-text-color":u,"--n-option-text-color-active":f,"--n-option-text-color-disabled":d,"--n-option-text-color-pressed":l,"--n-option-padding":C,"--n-option-padding-left":ye(C,`left`),"--n-option-padding-right":ye(C,`right`),"--n-loading-color":v,"--n-loading-size":y}}),{inlineThemeDisabled:oe}=e,se=oe?T(`internal-select-menu`,q(()=>e.size[0]),z,e):void 0,H={selfRef:c,next:te,prev:re,getPendingTmNode:A};return Je(c,e.onResize),{mergedTheme:s,mergedClsPrefix:n,rtlEnabled:o,virtualListRef:l,scrollbarRef:f,itemSize:y,padding:b,flattenedNodes:p,empty:S,mergedRenderEmpty:w,virtualListContainer(){let{value:e}=l;return e?.listElRef},virtualListContent(){let{value:e}=l;return e?.itemsElRef},doScroll:D,handleFocusin:R,handleFocusout:ae,handleKeyUp:ee,handleKeyDown:P,handleMouseDown:F,handleVirtualListResize:k,handleVirtualListScroll:O,cssVars:oe?void 0:z,themeClass:se?.themeClass,onRender:se?.onRender,...H}},render(){let{$slots:e,virtualScroll:t,clsPrefix:n,mergedTheme:r,themeClass:i,onRender:a}=this;return a?.(),U(),J(`div`,{ref:`selfRef`,tabindex:this.focusable?0:-1,class:N([`${n}-base-select-menu`,`${n}-base-select-menu--${this.size}-size`,this.rtlEnabled&&`${n}-base-select-menu--rtl`,i,this.multiple&&`${n}-base-select-menu--multiple`]),style:ge(this.cssVars),onFocusin:this.handleFocusin,onFocusout:this.handleFocusout,onKeyup:this.handleKeyUp,onKeydown:this.handleKeyDown,onMousedown:this.handleMouseDown,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseleave},[F(()=>ee(e.header,e=>e&&(U(),J(`div`,{class:N(`${n}-base-select-menu__header`),"data-header":!0,key:`header`},[F(()=>e)],2)))),this.loading?(U(),J(`div`,{key:0,class:N(`${n}-base-select-menu__loading`)},[(U(),W(ae,{clsPrefix:n,strokeWidth:20},null,8,[`clsPrefix`]))],2)):(U(),J(K,{key:1},[this.empty?(U(),J(`div`,{key:1,class:N(`${n}-base-select-menu__empty`),"data-empty":!0},[F(()=>b(e.empty,()=>[this.mergedRenderEmpty?.()||(U(),W(Oe,{theme:r.peers.Empty,themeOverrides:r.peerOverrides.Empty,size:this.size},null,8,[`theme`,`themeOverrides`,`size`]))]))],2)):(U(),W(Ce,Q({key:0,ref:`scrollbarRef`,theme:r.peers.Scrollbar,themeOverrides:r.peerOverrides.Scrollbar,scrollable:this.scrollable,container:t?this.virtualListContainer:void 0,content:t?this.virtualListContent:void 0,onScroll:t?void 0:this.doScroll},this.scrollbarProps),{default:()=>t?(U(),W(Ge,{key:1,ref:`virtualListRef`,class:N(`${n}-virtual-list`),items:this.flattenedNodes,itemSize:this.itemSize,showScrollbar:!1,paddingTop:this.padding.top,paddingBottom:this.padding.bottom,onResize:this.handleVirtualListResize,onScroll:this.handleVirtualListScroll,itemResizable:!0},{default:({item:e})=>e.isGroup?(U(),W(Xe,{key:e.key,clsPrefix:n,tmNode:e},null,8,[`clsPrefix`,`tmNode`])):e.ignored?null:(U(),W(tt,{clsPrefix:n,key:e.key,tmNode:e},null,8,[`clsPrefix`,`tmNode`]))},1032,[`class`,`items`,`itemSize`,`paddingTop`,`paddingBottom`,`onResize`,`onScroll`])):(U(),J(`div`,{key:4,class:N(`${n}-base-select-menu-option-wrapper`),style:ge({paddingTop:this.padding.top,paddingBottom:this.padding.bottom})},[F(()=>this.flattenedNodes.map(e=>e.isGroup?(U(),W(Xe,{key:e.key,clsPrefix:n,tmNode:e},null,8,[`clsPrefix`,`tmNode`])):(U(),W(tt,{clsPrefix:n,key:e.key,tmNode:e},null,8,[`clsPrefix`,`tmNode`]))))],6))},1040,[`theme`,`themeOverrides`,`scrollable`,`container`,`content`,`onScroll`]))],64)),F(()=>ee(e.action,e=>e&&[(U(),J(`div`,{class:N(`${n}-base-select-menu__action`),"data-action":!0,key:`action`},[F(()=>e)],2)),(U(),W(Ye,{onFocus:this.onTabOut,key:`focus-detector`},null,8,[`onFocus`]))]))],46,rt)}});function at(e){return e.type===`group`}function ot(e){return e.type===`ignored`}function st(e,t){try{return!!(1+t.toString().toLowerCase().indexOf(e.trim().toLowerCase()))}catch{return!1}}function ct(e,t){return{getIsGroup:at,getIgnored:ot,getKey(t){return at(t)?t.name||t.key||`key-required`:t[e]},getChildren(e){return e[t]}}}function lt(e,t,n,r){if(!t)return e;function i(e){if(!Array.isArray(e))return[];let a=[];for(let o of e)if(at(o)){let e=i(o[r]);e.length&&a.push(Object.assign({},o,{[r]:e}))}else if(ot(o))continue;else t(n,o)&&a.push(o);return a}return i(e)}function ut(e,t,n){let r=new Map;return e.forEach(e=>{at(e)?e[n].forEach(e=>{r.set(e[t],e)}):r.set(e[t],e)}),r}function dt(e){let{borderRadius:t,textColor2:n,textColorDisabled:r,inputColor:i,inputColorDisabled:a,primaryColor:o,primaryColorHover:s,warningColor:c,warningColorHover:l,errorColor:u,errorColorHover:d,borderColor:f,iconColor:p,iconColorDisabled:m,clearColor:h,clearColorHover:g,clearColorPressed:_,placeholderColor:v,placeholderColorDisabled:y,fontSizeTiny:b,fontSizeSmall:x,fontSizeMedium:S,fontSizeLarge:C,heightTiny:w,heightSmall:T,heightMedium:E,heightLarge:D,fontWeight:O}=e;return{...Ke,fontSizeTiny:b,fontSizeSmall:x,fontSizeMedium:S,fontSizeLarge:C,heightTiny:w,heightSmall:T,heightMedium:E,heightLarge:D,borderRadius:t,fontWeight:O,textColor:n,textColorDisabled:r,placeholderColor:v,placeholderColorDisabled:y,color:i,colorDisabled:a,colorActive:i,border:`1px solid ${f}`,borderHover:`1px solid ${s}`,borderActive:`1px solid ${o}`,borderFocus:`1px solid ${s}`,boxShadowHover:`none`,boxShadowActive:`0 0 0 2px ${j(o,{alpha:.2})}`,boxShadowFocus:`0 0 0 2px ${j(o,{alpha:.2})}`,caretColor:o,arrowColor:p,arrowColorDisabled:m,loadingColor:o,borderWarning:`1px solid ${c}`,borderHoverWarning:`1px solid ${l}`,borderActiveWarning:`1px solid ${c}`,borderFocusWarning:`1px solid ${l}`,boxShadowHoverWarning:`none`,boxShadowActiveWarning:`0 0 0 2px ${j(c,{alpha:.2})}`,boxShadowFocusWarning:`0 0 0 2px ${j(c,{alpha:.2})}`,colorActiveWarning:i,caretColorWarning:c,borderError:`1px solid ${u}`,borderHoverError:`1px solid ${d}`,borderActiveError:`1px solid ${u}`,borderFocusError:`1px solid ${d}`,boxShadowHoverError:`none`,boxShadowActiveError:`0 0 0 2px ${j(u,{alpha:.2})}`,boxShadowFocusError:`0 0 0 2px ${j(u,{alpha:.2})}`,colorActiveError:i,caretColorError:u,clearColor:h,clearColorHover:g,clearColorPressed:_}}var ft=y({name:`InternalSelection`,common:D,peers:{Popover:n},self:dt}),pt=A([R(`base-selection`,`
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
 `,[R(`base-loading`,`
 color: var(--n-loading-color);
 `),R(`base-selection-tags`,`min-height: var(--n-height);`),I(`border, state-border`,`
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
 `),I(`state-border`,`
 z-index: 1;
 border-color: #0000;
 `),R(`base-suffix`,`
 cursor: pointer;
 position: absolute;
 top: 50%;
 transform: translateY(-50%);
 right: 10px;
 `,[I(`arrow`,`
 font-size: var(--n-arrow-size);
 color: var(--n-arrow-color);
 transition: color .3s var(--n-bezier);
 `)]),R(`base-selection-overlay`,`
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
 `,[I(`wrapper`,`
 flex-basis: 0;
 flex-grow: 1;
 overflow: hidden;
 text-overflow: ellipsis;
 `)]),R(`base-selection-placeholder`,`
 color: var(--n-placeholder-color);
 `,[I(`inner`,`
 max-width: 100%;
 overflow: hidden;
 `)]),R(`base-selection-tags`,`
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
 `),R(`base-selection-label`,`
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
 `,[R(`base-selection-input`,`
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
 `,[I(`content`,`
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap; 
 `)]),I(`render-label`,`
 color: var(--n-text-color);
 `)]),O(`disabled`,[A(`&:hover`,[I(`state-border`,`
 box-shadow: var(--n-box-shadow-hover);
 border: var(--n-border-hover);
 `)]),E(`focus`,[I(`state-border`,`
 box-shadow: var(--n-box-shadow-focus);
 border: var(--n-border-focus);
 `)]),E(`active`,[I(`state-border`,`
 box-shadow: var(--n-box-shadow-active);
 border: var(--n-border-active);
 `),R(`base-selection-label`,`background-color: var(--n-color-active);`),R(`base-selection-tags`,`background-color: var(--n-color-active);`)])]),E(`disabled`,`cursor: not-allowed;`,[I(`arrow`,`
 color: var(--n-arrow-color-disabled);
 `),R(`base-selection-label`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[R(`base-selection-input`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 `),I(`render-label`,`
 color: var(--n-text-color-disabled);
 `)]),R(`base-selection-tags`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `),R(`base-selection-placeholder`,`
 cursor: not-allowed;
 color: var(--n-placeholder-color-disabled);
 `)]),R(`base-selection-input-tag`,`
 height: calc(var(--n-height) - 6px);
 line-height: calc(var(--n-height) - 6px);
 outline: none;
 display: none;
 position: relative;
 margin-bottom: 3px;
 max-width: 100%;
 vertical-align: bottom;
 `,[I(`input`,`
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
 `),I(`mirror`,`
 position: absolute;
 left: 0;
 top: 0;
 white-space: pre;
 visibility: hidden;
 user-select: none;
 -webkit-user-select: none;
 opacity: 0;
 `)]),[`warning`,`error`].map(e=>E(`${e}-status`,[I(`state-border`,`border: var(--n-border-${e});`),O(`disabled`,[A(`&:hover`,[I(`state-border`,`
 box-shadow: var(--n-box-shadow-hover-${e});
 border: var(--n-border-hover-${e});
 `)]),E(`active`,[I(`state-border`,`
 box-shadow: var(--n-box-shadow-active-${e});
 border: var(--n-border-active-${e});
 `),R(`base-selection-label`,`background-color: var(--n-color-active-${e});`),R(`base-selection-tags`,`background-color: var(--n-color-active-${e});`)]),E(`focus`,[I(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)])])]))]),R(`base-selection-popover`,`
 margin-bottom: -3px;
 display: flex;
 flex-wrap: wrap;
 margin-right: -8px;
 `),R(`base-selection-tag-wrapper`,`
 max-width: 100%;
 display: inline-flex;
 padding: 0 7px 3px 0;
 `,[A(`&:last-child`,`padding-right: 0;`),R(`tag`,`
 font-size: 14px;
 max-width: 100%;
 `,[I(`content`,`
 line-height: 1.25;
 text-overflow: ellipsis;
 overflow: hidden;
 `)])])]),mt=[`disabled`,`value`,`autofocus`,`onBlur`,`onFocus`,`onKeydown`,`onInput`,`onCompositionstart`,`onCompositionend`],ht=[`tabindex`],gt=[`title`],_t=[`value`,`readonly`,`disabled`,`autofocus`,`onFocus`,`onBlur`,`onInput`,`onCompositionstart`,`onCompositionend`],vt=[`tabindex`],yt=[`onClick`,`onMouseenter`,`onMouseleave`,`onKeydown`,`onFocusin`,`onFocusout`,`onMousedown`],bt=Z({name:`InternalSelection`,props:{...ie.props,clsPrefix:{type:String,required:!0},bordered:{type:Boolean,default:void 0},active:Boolean,pattern:{type:String,default:``},placeholder:String,selectedOption:{type:Object,default:null},selectedOptions:{type:Array,default:null},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},multiple:Boolean,filterable:Boolean,clearable:Boolean,disabled:Boolean,size:{type:String,default:`medium`},loading:Boolean,autofocus:Boolean,showArrow:{type:Boolean,default:!0},inputProps:Object,focused:Boolean,renderTag:Function,onKeydown:Function,onClick:Function,onBlur:Function,onFocus:Function,onDeleteOption:Function,maxTagCount:[String,Number],ellipsisTagPopoverProps:Object,onClear:Function,onPatternInput:Function,onPatternFocus:Function,onPatternBlur:Function,renderLabel:Function,status:String,inlineThemeDisabled:Boolean,ignoreComposition:{type:Boolean,default:!0},onResize:Function},setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:n}=C(e),r=ne(`InternalSelection`,n,t),i=B(null),a=B(null),o=B(null),s=B(null),c=B(null),l=B(null),u=B(null),d=B(null),f=B(null),p=B(null),h=B(!1),g=B(!1),_=B(!1),v=ie(`InternalSelection`,`-internal-selection`,pt,ft,e,Y(e,`clsPrefix`)),y=q(()=>e.clearable&&!e.disabled&&(_.value||e.active)),b=q(()=>e.selectedOption?e.renderTag?e.renderTag({option:e.selectedOption,handleClose:()=>{}}):e.renderLabel?e.renderLabel(e.selectedOption,!0):m(e.selectedOption[e.labelField],e.selectedOption,!0):e.placeholder),x=q(()=>{let t=e.selectedOption;if(t)return t[e.labelField]}),S=q(()=>e.multiple?!!(Array.isArray(e.selectedOptions)&&e.selectedOptions.length):e.selectedOption!==null);function w(){let{value:t}=i;if(t){let{value:n}=a;n&&(n.style.width=`${t.offsetWidth}px`,e.maxTagCount!==`responsive`&&f.value?.sync({showAllItemsBeforeCalculate:!1}))}}function E(){let{value:e}=p;e&&(e.style.display=`none`)}function D(){let{value:e}=p;e&&(e.style.display=`inline-block`)}fe(Y(e,`active`),e=>{e||E()}),fe(Y(e,`pattern`),()=>{e.multiple&&de(w)});function O(t){let{onFocus:n}=e;n&&n(t)}function k(t){let{onBlur:n}=e;n&&n(t)}function A(t){let{onDeleteOption:n}=e;n&&n(t)}function j(t){let{onClear:n}=e;n&&n(t)}function N(t){let{onPatternInput:n}=e;n&&n(t)}function ee(e){e.relatedTarget&&o.value?.contains(e.relatedTarget)||O(e)}function P(e){o.value?.contains(e.relatedTarget)||k(e)}function F(e){j(e)}function te(){_.value=!0}function re(){_.value=!1}function I(t){e.active&&e.filterable&&t.target!==a.value&&t.preventDefault()}function L(e){A(e)}let R=B(!1);function ae(t){if(t.key===`Backspace`&&!R.value&&!e.pattern.length){let{selectedOptions:t}=e;t?.length&&L(t[t.length-1])}}let z=null;function oe(t){let{value:n}=i;n&&(n.textContent=t.target.value,w()),e.ignoreComposition&&R.value?z=t:N(t)}function se(){R.value=!0}function H(){R.value=!1,e.ignoreComposition&&N(z),z=null}function U(t){g.value=!0,e.onPatternFocus?.(t)}function ce(t){g.value=!1,e.onPatternBlur?.(t)}function le(){if(e.filterable)g.value=!1,l.value?.blur(),a.value?.blur();else if(e.multiple){let{value:e}=s;e?.blur()}else{let{value:e}=c;e?.blur()}}function ue(){e.filterable?(g.value=!1,l.value?.focus()):e.multiple?s.value?.focus():c.value?.focus()}function W(){let{value:e}=a;e&&(D(),e.focus())}function G(){let{value:e}=a;e&&e.blur()}function K(e){let{value:t}=u;t&&t.setTextContent(`+${e}`)}function me(){let{value:e}=d;return e}function J(){return a.value}let he=null;function X(){he!==null&&window.clearTimeout(he)}function Z(){e.active||(X(),he=window.setTimeout(()=>{S.value&&(h.value=!0)},100))}function Q(){X()}function $(e){e||(X(),h.value=!1)}fe(S,e=>{e||(h.value=!1)}),V(()=>{pe(()=>{let t=l.value;t&&(e.disabled?t.removeAttribute(`tabindex`):t.tabIndex=g.value?-1:0)})}),Je(o,e.onResize);let{inlineThemeDisabled:ge}=e,_e=q(()=>{let{size:t}=e,{common:{cubicBezierEaseInOut:n},self:{fontWeight:r,borderRadius:i,color:a,placeholderColor:o,textColor:s,paddingSingle:c,paddingMultiple:l,caretColor:u,colorDisabled:d,textColorDisabled:f,placeholderColorDisabled:p,colorActive:m,boxShadowFocus:h,boxShadowActive:g,boxShadowHover:_,border:y,borderFocus:b,borderHover:x,borderActive:S,arrowColor:C,arrowColorDisabled:w,loadingColor:T,colorActiveWarning:E,boxShadowFocusWarning:D,boxShadowActiveWarning:O,boxShadowHoverWarning:k,borderWarning:A,borderFocusWarning:j,borderHoverWarning:N,borderActiveWarning:ee,colorActiveError:P,boxShadowFocusError:F,boxShadowActiveError:te,boxShadowHoverError:ne,borderError:re,borderFocusError:ie,borderHoverError:I,borderActiveError:L,clearColor:R,clearColorHover:ae,clearColorPressed:z,clearSize:oe,arrowSize:se,[M(`height`,t)]:B,[M(`fontSize`,t)]:V}}=v.value,H=ye(c),U=ye(l);return{"--n-bezier":n,"--n-border":y,"--n-border-active":S,"--n-border-focus":b,"--n-border-hover":x,"--n-border-radius":i,"--n-box-shadow-active":g,"--n-box-shadow-focus":h,"--n-box-shadow-hover":_,"--n-caret-color":u,"--n-color":a,"--n-color-active":m,"--n-color-disabled":d,"--n-font-size":V,"--n-height":B,"--n-padding-single-top":H.top,"--n-padding-multiple-top":U.top,"--n-padding-single-right":H.right,"--n-padding-multiple-right":U.right,"--n-padding-single-left":H.left,"--n-padding-multiple-left":U.left,"--n-padding-single-bottom":H.bottom,"--n-padding-multiple-bottom":U.bottom,"--n-placeholder-color":o,"--n-placeholder-color-disabled":p,"--n-text-color":s,"--n-text-color-disabled":f,"--n-arrow-color":C,"--n-arrow-color-disabled":w,"--n-loading-color":T,"--n-color-active-warning":E,"--n-box-shadow-focus-warning":D,"--n-box-shadow-active-warning":O,"--n-box-shadow-hover-warning":k,"--n-border-warning":A,"--n-border-focus-warning":j,"--n-border-hover-warning":N,"--n-border-active-warning":ee,"--n-color-active-error":P,"--n-box-shadow-focus-error":F,"--n-box-shadow-active-error":te,"--n-box-shadow-hover-error":ne,"--n-border-error":re,"--n-border-focus-error":ie,"--n-border-hover-error":I,"--n-border-active-error":L,"--n-clear-size":oe,"--n-clear-color":R,"--n-clear-color-hover":ae,"--n-clear-color-pressed":z,"--n-arrow-size":se,"--n-font-weight":r}}),ve=ge?T(`internal-selection`,q(()=>e.size[0]),_e,e):void 0;return{mergedTheme:v,mergedClearable:y,mergedClsPrefix:t,rtlEnabled:r,patternInputFocused:g,filterablePlaceholder:b,label:x,selected:S,showTagsPanel:h,isComposing:R,counterRef:u,counterWrapperRef:d,patternInputMirrorRef:i,patternInputRef:a,selfRef:o,multipleElRef:s,singleElRef:c,patternInputWrapperRef:l,overflowRef:f,inputTagElRef:p,handleMouseDown:I,handleFocusin:ee,handleClear:F,handleMouseEnter:te,handleMouseLeave:re,handleDeleteOption:L,handlePatternKeyDown:ae,handlePatternInputInput:oe,handlePatternInputBlur:ce,handlePatternInputFocus:U,handleMouseEnterCounter:Z,handleMouseLeaveCounter:Q,handleFocusout:P,handleCompositionEnd:H,handleCompositionStart:se,onPopoverUpdateShow:$,focus:ue,focusInput:W,blur:le,blurInput:G,updateCounter:K,getCounter:me,getTail:J,renderLabel:e.renderLabel,cssVars:ge?void 0:_e,themeClass:ve?.themeClass,onRender:ve?.onRender}},render(){let{status:e,multiple:t,size:n,disabled:r,filterable:i,maxTagCount:a,bordered:o,clsPrefix:c,ellipsisTagPopoverProps:l,onRender:u,renderTag:d,renderLabel:f}=this;u?.();let p=a===`responsive`,h=typeof a==`number`,_=p||h,v=(U(),W(Ee,null,{default:()=>(U(),W(je,{clsPrefix:c,loading:this.loading,showArrow:this.showArrow,showClear:this.mergedClearable&&this.selected,onClear:this.handleClear},{default:()=>this.$slots.arrow?.()},1032,[`clsPrefix`,`loading`,`showArrow`,`showClear`,`onClear`]))},1024)),y;if(t){let{labelField:e}=this,t=t=>(U(),J(`div`,{class:N(`${c}-base-selection-tag-wrapper`),key:t.value},[d?(U(),J(K,{key:0},[F(()=>d({option:t,handleClose:()=>{this.handleDeleteOption(t)}}))],64)):(U(),W(Ae,{key:1,size:n,closable:!t.disabled,disabled:r,onClose:()=>{this.handleDeleteOption(t)},internalCloseIsButtonTag:!1,internalCloseFocusable:!1},{default:()=>f?f(t,!0):m(t[e],t,!0)},1032,[`size`,`closable`,`disabled`,`onClose`]))],2)),o=()=>(h?this.selectedOptions.slice(0,a):this.selectedOptions).map(t),u=i?(U(),J(`div`,{class:N(`${c}-base-selection-input-tag`),ref:`inputTagElRef`,key:`__input-tag__`},[X(`input`,Q(this.inputProps,{ref:`patternInputRef`,tabindex:-1,disabled:r,value:this.pattern,autofocus:this.autofocus,class:`${c}-base-selection-input-tag__input`,onBlur:this.handlePatternInputBlur,onFocus:this.handlePatternInputFocus,onKeydown:this.handlePatternKeyDown,onInput:this.handlePatternInputInput,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd}),null,16,mt),X(`span`,{ref:`patternInputMirrorRef`,class:N(`${c}-base-selection-input-tag__mirror`)},[F(()=>this.pattern)],2)],2)):null,b=p?()=>(U(),J(`div`,{class:N(`${c}-base-selection-tag-wrapper`),ref:`counterWrapperRef`},[(U(),W(Ae,{size:n,ref:`counterRef`,onMouseenter:this.handleMouseEnterCounter,onMouseleave:this.handleMouseLeaveCounter,disabled:r},null,8,[`size`,`onMouseenter`,`onMouseleave`,`disabled`]))],2)):void 0,x;if(h){let e=this.selectedOptions.length-a;e>0&&(x=(t=>(U(),J(`div`,{class:N(`${c}-base-selection-tag-wrapper`),key:`__counter__`},[(U(),W(Ae,{size:n,ref:`counterRef`,onMouseenter:this.handleMouseEnterCounter,disabled:r},{default:()=>`+${e}`},1032,[`size`,`onMouseenter`,`disabled`]))],2)))(x))}let S=p?i?(U(),W(s,{key:3,ref:`overflowRef`,updateCounter:this.updateCounter,getCounter:this.getCounter,getTail:this.getTail,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:o,counter:b,tail:()=>u},1032,[`updateCounter`,`getCounter`,`getTail`])):(U(),W(s,{key:4,ref:`overflowRef`,updateCounter:this.updateCounter,getCounter:this.getCounter,style:{width:`100%`,display:`flex`,overflow:`hidden`}},{default:o,counter:b},1032,[`updateCounter`,`getCounter`])):h&&x?o().concat(x):o(),C=_?()=>(U(),J(`div`,{class:N(`${c}-base-selection-popover`)},[p?(U(),J(K,{key:0},[F(()=>o())],64)):(U(),J(K,{key:1},[F(()=>this.selectedOptions.map(t))],64))],2)):void 0,w=_?{show:this.showTagsPanel,trigger:`hover`,overlap:!0,placement:`top`,width:`trigger`,onUpdateShow:this.onPopoverUpdateShow,theme:this.mergedTheme.peers.Popover,themeOverrides:this.mergedTheme.peerOverrides.Popover,...l}:null,T=!this.selected&&(!this.active||!this.pattern&&!this.isComposing)?(U(),J(`div`,{key:5,class:N(`${c}-base-selection-placeholder ${c}-base-selection-overlay`)},[X(`div`,{class:N(`${c}-base-selection-placeholder__inner`)},[F(()=>this.placeholder)],2)],2)):null,E=i?(U(),J(`div`,{key:6,ref:`patternInputWrapperRef`,class:N(`${c}-base-selection-tags`)},[F(()=>S),p?F(()=>null):(U(),J(K,{key:1},[F(()=>u)],64)),F(()=>v)],2)):(U(),J(`div`,{key:7,ref:`multipleElRef`,class:N(`${c}-base-selection-tags`),tabindex:r?void 0:0},[F(()=>S),F(()=>v)],10,ht));y=(e=>(U(),J(K,{key:8},[_?(U(),W(g,Q({key:0},w,{scrollable:!0,style:`max-height: calc(var(--v-target-height) * 6.6);`}),{trigger:()=>E,default:C},1040)):(U(),J(K,{key:1},[F(()=>E)],64)),F(()=>T)],64)))(y)}else if(i){let e=this.pattern||this.isComposing,t=this.active?!e:!this.selected,n=!this.active&&this.selected;y=(e=>(U(),J(`div`,{key:9,ref:`patternInputWrapperRef`,class:N(`${c}-base-selection-label`),title:this.patternInputFocused?void 0:qe(this.label)},[X(`input`,Q(this.inputProps,{ref:`patternInputRef`,class:`${c}-base-selection-input`,value:this.active?this.pattern:``,placeholder:``,readonly:r,disabled:r,tabindex:-1,autofocus:this.autofocus,onFocus:this.handlePatternInputFocus,onBlur:this.handlePatternInputBlur,onInput:this.handlePatternInputInput,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd}),null,16,_t),n?(U(),J(`div`,{class:N(`${c}-base-selection-label__render-label ${c}-base-selection-overlay`),key:`input`},[X(`div`,{class:N(`${c}-base-selection-overlay__wrapper`)},[d?(U(),J(K,{key:0},[F(()=>d({option:this.selectedOption,handleClose:()=>{}}))],64)):(U(),J(K,{key:1},[f?(U(),J(K,{key:0},[F(()=>f(this.selectedOption,!0))],64)):(U(),J(K,{key:1},[F(()=>m(this.label,this.selectedOption,!0))],64))],64))],2)],2)):F(()=>null),t?(U(),J(`div`,{class:N(`${c}-base-selection-placeholder ${c}-base-selection-overlay`),key:`placeholder`},[X(`div`,{class:N(`${c}-base-selection-overlay__wrapper`)},[F(()=>this.filterablePlaceholder)],2)],2)):F(()=>null),F(()=>v)],10,gt)))(y)}else y=(e=>(U(),J(`div`,{key:10,ref:`singleElRef`,class:N(`${c}-base-selection-label`),tabindex:this.disabled?void 0:0},[this.label===void 0?(U(),J(`div`,{class:N(`${c}-base-selection-placeholder ${c}-base-selection-overlay`),key:`placeholder`},[X(`div`,{class:N(`${c}-base-selection-placeholder__inner`)},[F(()=>this.placeholder)],2)],2)):(U(),J(`div`,{class:N(`${c}-base-selection-input`),title:qe(this.label),key:`input`},[X(`div`,{class:N(`${c}-base-selection-input__content`)},[d?(U(),J(K,{key:0},[F(()=>d({option:this.selectedOption,handleClose:()=>{}}))],64)):(U(),J(K,{key:1},[f?(U(),J(K,{key:0},[F(()=>f(this.selectedOption,!0))],64)):(U(),J(K,{key:1},[F(()=>m(this.label,this.selectedOption,!0))],64))],64))],2)],10,[`title`])),F(()=>v)],10,vt)))(y);return U(),J(`div`,{ref:`selfRef`,class:N([`${c}-base-selection`,this.rtlEnabled&&`${c}-base-selection--rtl`,this.themeClass,e&&`${c}-base-selection--${e}-status`,{[`${c}-base-selection--active`]:this.active,[`${c}-base-selection--selected`]:this.selected||this.active&&this.pattern,[`${c}-base-selection--disabled`]:this.disabled,[`${c}-base-selection--multiple`]:this.multiple,[`${c}-base-selection--focus`]:this.focused}]),style:ge(this.cssVars),onClick:this.onClick,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onKeydown:this.onKeydown,onFocusin:this.handleFocusin,onFocusout:this.handleFocusout,onMousedown:this.handleMouseDown},[F(()=>y),o?(U(),J(`div`,{key:0,class:N(`${c}-base-selection__border`)},null,2)):F(()=>null),o?(U(),J(`div`,{key:2,class:N(`${c}-base-selection__state-border`)},null,2)):F(()=>null)],46,yt)}});function xt(e){let{boxShadow2:t}=e;return{menuBoxShadow:t}}var St=y({name:`Select`,common:D,peers:{InternalSelection:ft,InternalSelectMenu:Pe},self:xt}),Ct=A([R(`select`,`
 z-index: auto;
 outline: none;
 width: 100%;
 position: relative;
 font-weight: var(--n-font-weight);
 `),R(`select-menu`,`
 margin: 4px 0;
 box-shadow: var(--n-menu-box-shadow);
 `,[o({originalTransition:`background-color .3s var(--n-bezier), box-shadow .3s var(--n-bezier)`})])]),wt={...ie.props,to:i.propTo,bordered:{type:Boolean,default:void 0},clearable:Boolean,clearCreatedOptionsOnClear:{type:Boolean,default:!0},clearFilterAfterSelect:{type:Boolean,default:!0},options:{type:Array,default:()=>[]},defaultValue:{type:[String,Number,Array],default:null},keyboard:{type:Boolean,default:!0},value:[String,Number,Array],placeholder:String,menuProps:Object,multiple:Boolean,size:String,menuSize:{type:String},filterable:Boolean,disabled:{type:Boolean,default:void 0},remote:Boolean,loading:Boolean,filter:Function,placement:{type:String,default:`bottom-start`},widthMode:{type:String,default:`trigger`},tag:Boolean,onCreate:Function,fallbackOption:{type:[Function,Boolean],default:void 0},show:{type:Boolean,default:void 0},showArrow:{type:Boolean,default:!0},maxTagCount:[Number,String],ellipsisTagPopoverProps:Object,consistentMenuWidth:{type:Boolean,default:!0},virtualScroll:{type:Boolean,default:!0},labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},childrenField:{type:String,default:`children`},renderLabel:Function,renderOption:Function,renderTag:Function,"onUpdate:value":[Function,Array],inputProps:Object,nodeProps:Function,ignoreComposition:{type:Boolean,default:!0},showOnFocus:Boolean,onUpdateValue:[Function,Array],onBlur:[Function,Array],onClear:[Function,Array],onFocus:[Function,Array],onScroll:[Function,Array],onSearch:[Function,Array],onUpdateShow:[Function,Array],"onUpdate:show":[Function,Array],displayDirective:{type:String,default:`show`},resetMenuOnOptionsChange:{type:Boolean,default:!0},status:String,showCheckmark:{type:Boolean,default:!0},scrollbarProps:Object,onChange:[Function,Array],items:Array},Tt=Z({name:`Select`,props:wt,slots:Object,setup(e){let{mergedClsPrefixRef:t,mergedBorderedRef:n,namespaceRef:a,inlineThemeDisabled:o,mergedComponentPropsRef:s}=C(e),c=ie(`Select`,`-select`,Ct,St,e,t),l=B(e.defaultValue),u=Y(e,`value`),d=Te(u,l),f=B(!1),m=B(``),g=ke(e,[`items`,`options`]),_=B([]),v=B([]),y=q(()=>v.value.concat(_.value).concat(g.value)),b=q(()=>{let{filter:t}=e;if(t)return t;let{labelField:n,valueField:r}=e;return(e,t)=>{if(!t)return!1;let i=t[n];if(typeof i==`string`)return st(e,i);let a=t[r];return typeof a==`string`?st(e,a):typeof a==`number`&&st(e,String(a))}}),w=q(()=>{if(e.remote)return g.value;{let{value:t}=y,{value:n}=m;return!n.length||!e.filterable?t:lt(t,b.value,n,e.childrenField)}}),E=q(()=>{let{valueField:t,childrenField:n}=e,r=ct(t,n);return h(w.value,r)}),D=q(()=>ut(y.value,e.valueField,e.childrenField)),O=B(!1),k=Te(Y(e,`show`),O),A=B(null),j=B(null),M=B(null),{localeRef:N}=se(`Select`),ee=q(()=>e.placeholder??N.value.placeholder),P=[],F=B(new Map),te=q(()=>{let{fallbackOption:t}=e;if(t===void 0){let{labelField:t,valueField:n}=e;return e=>({[t]:String(e),[n]:e})}return t===!1?!1:e=>Object.assign(t(e),{value:e})});function ne(t){let n=e.remote,{value:r}=F,{value:i}=D,{value:a}=te,o=[];return t.forEach(e=>{if(i.has(e))o.push(i.get(e));else if(n&&r.has(e))o.push(r.get(e));else if(a){let t=a(e);t&&o.push(t)}}),o}let I=q(()=>{if(e.multiple){let{value:e}=d;return Array.isArray(e)?ne(e):[]}return null}),L=q(()=>{let{value:t}=d;return!e.multiple&&!Array.isArray(t)?t===null?null:ne([t])[0]||null:null}),R=re(e,{mergedSize:t=>{let{size:n}=e;if(n)return n;let{mergedSize:r}=t||{};return r?.value?r.value:s?.value?.Select?.size||`medium`}}),{mergedSizeRef:ae,mergedDisabledRef:z,mergedStatusRef:oe}=R;function V(t,n){let{onChange:r,"onUpdate:value":i,onUpdateValue:a}=e,{nTriggerFormChange:o,nTriggerFormInput:s}=R;r&&S(r,t,n),a&&S(a,t,n),i&&S(i,t,n),l.value=t,o(),s()}function H(t){let{onBlur:n}=e,{nTriggerFormBlur:r}=R;n&&S(n,t),r()}function U(){let{onClear:t}=e;t&&S(t)}function ce(t){let{onFocus:n,showOnFocus:r}=e,{nTriggerFormFocus:i}=R;n&&S(n,t),i(),r&&W()}function le(t){let{onSearch:n}=e;n&&S(n,t)}function ue(t){let{onScroll:n}=e;n&&S(n,t)}function de(){let{remote:t,multiple:n}=e;if(t){let{value:t}=F;if(n){let{valueField:n}=e;I.value?.forEach(e=>{t.set(e[n],e)})}else{let n=L.value;n&&t.set(n[e.valueField],n)}}}function pe(t){let{onUpdateShow:n,"onUpdate:show":r}=e;n&&S(n,t),r&&S(r,t),O.value=t}function W(){z.value||(pe(!0),O.value=!0,e.filterable&&Me())}function G(){pe(!1)}function K(){m.value=``,v.value=P}let me=B(!1);function J(){e.filterable&&(me.value=!0)}function he(){e.filterable&&(me.value=!1,k.value||K())}function X(){z.value||(k.value?e.filterable?Me():G():W())}function Z(e){M.value?.selfRef?.contains(e.relatedTarget)||(f.value=!1,H(e),G())}function Q(e){ce(e),f.value=!0}function $(){f.value=!0}function ge(e){A.value?.$el.contains(e.relatedTarget)||(f.value=!1,H(e),G())}function ve(){A.value?.focus(),G()}function ye(e){k.value&&(A.value?.$el.contains(_e(e))||G())}function be(t){if(!Array.isArray(t))return[];if(te.value)return Array.from(t);{let{remote:n}=e,{value:r}=D;if(n){let{value:e}=F;return t.filter(t=>r.has(t)||e.has(t))}return t.filter(e=>r.has(e))}}function xe(e){Se(e.rawNode)}function Se(t){if(z.value)return;let{tag:n,remote:r,clearFilterAfterSelect:i,valueField:a}=e;if(n&&!r){let{value:e}=v,t=e[0]||null;if(t){let e=_.value;e.length?e.push(t):_.value=[t],v.value=P}}if(r&&F.value.set(t[a],t),e.multiple){let e=be(d.value),o=e.findIndex(e=>e===t[a]);if(~o){if(e.splice(o,1),n&&!r){let e=Ce(t[a]);~e&&(_.value.splice(e,1),i&&(m.value=``))}}else e.push(t[a]),i&&(m.value=``);V(e,ne(e))}else{if(n&&!r){let e=Ce(t[a]);~e?_.value=[_.value[e]]:_.value=P}je(),G(),V(t[a],t)}}function Ce(t){return _.value.findIndex(n=>n[e.valueField]===t)}function we(t){k.value||W();let{value:n}=t.target;m.value=n;let{tag:r,remote:i}=e;if(le(n),r&&!i){if(!n){v.value=P;return}let{onCreate:t}=e,r=t?t(n):{[e.labelField]:n,[e.valueField]:n},{valueField:i,labelField:a}=e;g.value.some(e=>e[i]===r[i]||e[a]===r[a])||_.value.some(e=>e[i]===r[i]||e[a]===r[a])?v.value=P:v.value=[r]}}function Ee(t){t.stopPropagation();let{multiple:n,tag:r,remote:i,clearCreatedOptionsOnClear:a}=e;!n&&e.filterable&&G(),r&&!i&&a&&(_.value=P),U(),n?V([],[]):V(null,null)}function De(e){r(e,`action`)||r(e,`empty`)||r(e,`header`)||e.preventDefault()}function Oe(e){ue(e)}function Ae(t){if(!e.keyboard)t.preventDefault();else switch(t.key){case` `:if(e.filterable)break;t.preventDefault();case`Enter`:if(!A.value?.isComposing){if(k.value){let t=M.value?.getPendingTmNode();t?xe(t):e.filterable||(G(),je())}else if(W(),e.tag&&me.value){let t=v.value[0];if(t){let n=t[e.valueField],{value:r}=d;e.multiple&&Array.isArray(r)&&r.includes(n)||Se(t)}}}t.preventDefault();break;case`ArrowUp`:if(t.preventDefault(),e.loading)return;k.value&&M.value?.prev();break;case`ArrowDown`:if(t.preventDefault(),e.loading)return;k.value?M.value?.next():W();break;case`Escape`:k.value&&(p(t),G()),A.value?.focus()}}function je(){A.value?.focus()}function Me(){A.value?.focusInput()}function Ne(){k.value&&j.value?.syncPosition()}de(),fe(Y(e,`options`),de);let Pe={focus:()=>{A.value?.focus()},focusInput:()=>{A.value?.focusInput()},blur:()=>{A.value?.blur()},blurInput:()=>{A.value?.blurInput()}},Fe=q(()=>{let{self:{menuBoxShadow:e}}=c.value;return{"--n-menu-box-shadow":e}}),Ie=o?T(`select`,void 0,Fe,e):void 0;return{...Pe,mergedStatus:oe,mergedClsPrefix:t,mergedBordered:n,namespace:a,treeMate:E,isMounted:x(),triggerRef:A,menuRef:M,pattern:m,uncontrolledShow:O,mergedShow:k,adjustedTo:i(e),uncontrolledValue:l,mergedValue:d,followerRef:j,localizedPlaceholder:ee,selectedOption:L,selectedOptions:I,mergedSize:ae,mergedDisabled:z,focused:f,activeWithoutMenuOpen:me,inlineThemeDisabled:o,onTriggerInputFocus:J,onTriggerInputBlur:he,handleTriggerOrMenuResize:Ne,handleMenuFocus:$,handleMenuBlur:ge,handleMenuTabOut:ve,handleTriggerClick:X,handleToggle:xe,handleDeleteOption:Se,handlePatternInput:we,handleClear:Ee,handleTriggerBlur:Z,handleTriggerFocus:Q,handleKeydown:Ae,handleMenuAfterLeave:K,handleMenuClickOutside:ye,handleMenuScroll:Oe,handleMenuKeydown:Ae,handleMenuMousedown:De,mergedTheme:c,cssVars:o?void 0:Fe,themeClass:Ie?.themeClass,onRender:Ie?.onRender}},render(){return U(),J(`div`,{class:N(`${this.mergedClsPrefix}-select`)},[G(v,null,{_:1,default:z(()=>[(U(),W(_,null,{_:1,default:z(()=>(U(),W(bt,{ref:`triggerRef`,inlineThemeDisabled:this.inlineThemeDisabled,status:this.mergedStatus,inputProps:this.inputProps,clsPrefix:this.mergedClsPrefix,showArrow:this.showArrow,maxTagCount:this.maxTagCount,ellipsisTagPopoverProps:this.ellipsisTagPopoverProps,bordered:this.mergedBordered,active:this.activeWithoutMenuOpen||this.mergedShow,pattern:this.pattern,placeholder:this.localizedPlaceholder,selectedOption:this.selectedOption,selectedOptions:this.selectedOptions,multiple:this.multiple,renderTag:this.renderTag,renderLabel:this.renderLabel,filterable:this.filterable,clearable:this.clearable,disabled:this.mergedDisabled,size:this.mergedSize,theme:this.mergedTheme.peers.InternalSelection,labelField:this.labelField,valueField:this.valueField,themeOverrides:this.mergedTheme.peerOverrides.InternalSelection,loading:this.loading,focused:this.focused,onClick:this.handleTriggerClick,onDeleteOption:this.handleDeleteOption,onPatternInput:this.handlePatternInput,onClear:this.handleClear,onBlur:this.handleTriggerBlur,onFocus:this.handleTriggerFocus,onKeydown:this.handleKeydown,onPatternBlur:this.onTriggerInputBlur,onPatternFocus:this.onTriggerInputFocus,onResize:this.handleTriggerOrMenuResize,ignoreComposition:this.ignoreComposition},{_:1,arrow:z(()=>[this.$slots.arrow?.()])},8,`inlineThemeDisabled.status.inputProps.clsPrefix.showArrow.maxTagCount.ellipsisTagPopoverProps.bordered.active.pattern.placeholder.selectedOption.selectedOptions.multiple.renderTag.renderLabel.filterable.clearable.disabled.size.theme.labelField.valueField.themeOverrides.loading.focused.onClick.onDeleteOption.onPatternInput.onClear.onBlur.onFocus.onKeydown.onPatternBlur.onPatternFocus.onResize.ignoreComposition`.split(`.`))))})),(U(),W(c,{ref:`followerRef`,show:this.mergedShow,to:this.adjustedTo,teleportDisabled:this.adjustedTo===i.tdkey,containerClass:this.namespace,width:this.consistentMenuWidth?`target`:void 0,minWidth:`target`,placement:this.placement},{_:1,default:z(()=>(U(),W(oe,{name:`fade-in-scale-up-transition`,appear:this.isMounted,onAfterLeave:this.handleMenuAfterLeave},{_:1,default:z(()=>this.mergedShow||this.displayDirective===`show`?(this.onRender?.(),he((U(),W(it,Q(this.menuProps,{ref:`menuRef`,onResize:this.handleTriggerOrMenuResize,inlineThemeDisabled:this.inlineThemeDisabled,virtualScroll:this.consistentMenuWidth&&this.virtualScroll,class:[`${this.mergedClsPrefix}-select-menu`,this.themeClass,this.menuProps?.class],clsPrefix:this.mergedClsPrefix,focusable:!0,labelField:this.labelField,valueField:this.valueField,autoPending:!0,nodeProps:this.nodeProps,theme:this.mergedTheme.peers.InternalSelectMenu,themeOverrides:this.mergedTheme.peerOverrides.InternalSelectMenu,treeMate:this.treeMate,multiple:this.multiple,size:this.menuSize,renderOption:this.renderOption,renderLabel:this.renderLabel,value:this.mergedValue,style:[this.menuProps?.style,this.cssVars],onToggle:this.handleToggle,onScroll:this.handleMenuScroll,onFocus:this.handleMenuFocus,onBlur:this.handleMenuBlur,onKeydown:this.handleMenuKeydown,onTabOut:this.handleMenuTabOut,onMousedown:this.handleMenuMousedown,show:this.mergedShow,showCheckmark:this.showCheckmark,resetMenuOnOptionsChange:this.resetMenuOnOptionsChange,scrollbarProps:this.scrollbarProps}),{_:1,empty:z(()=>[this.$slots.empty?.()]),header:z(()=>[this.$slots.header?.()]),action:z(()=>[this.$slots.action?.()])},16,`onResize.inlineThemeDisabled.virtualScroll.class.clsPrefix.labelField.valueField.nodeProps.theme.themeOverrides.treeMate.multiple.size.renderOption.renderLabel.value.style.onToggle.onScroll.onFocus.onBlur.onKeydown.onTabOut.onMousedown.show.showCheckmark.resetMenuOnOptionsChange.scrollbarProps`.split(`.`))),this.displayDirective===`show`?[[te,this.mergedShow],[a,this.handleMenuClickOutside,void 0,{capture:!0}]]:[[a,this.handleMenuClickOutside,void 0,{capture:!0}]])):null)},8,[`appear`,`onAfterLeave`])))},8,[`show`,`to`,`teleportDisabled`,`containerClass`,`width`,`placement`]))])})],2)}});export{Ze as a,Pe as c,it as i,St as n,Ye as o,ct as r,Ge as s,Tt as t};