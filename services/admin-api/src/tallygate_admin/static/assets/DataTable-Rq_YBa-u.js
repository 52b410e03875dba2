import{$ as e,A as t,At as n,B as r,Bt as i,C as a,D as o,F as s,Ft as c,H as l,I as u,It as d,J as f,K as p,Lt as m,M as h,Mt as g,N as _,Nt as v,P as y,Pt as b,R as x,T as S,U as C,X as w,Y as T,b as E,f as D,i as O,j as k,k as A,kt as j,l as M,q as N,s as P,t as ee,u as F,z as I}from"./Button-b-t6E8qV.js";import{C as L,D as R,E as te,N as z,O as ne,S as re,T as ie,b as B,j as V,m as H,w as ae,x as oe}from"./api-2UHzveea.js";import{F as se,I as ce,P as le,S as ue,a as de,b as fe,c as pe,r as me,s as he}from"./event-BkvXtGsZ.js";import{$ as U,K as ge,N as W,O as _e,P as ve,S as ye,T as be,U as xe,W as Se,d as G,g as Ce,i as K,j as we,k as Te,l as q,p as J,rt as Y,u as X,v as Z,w as Q,x as Ee,xt as $}from"./runtime-core.esm-bundler-DolcaMW8.js";import{i as De,n as Oe,o as ke,t as Ae}from"./Input-DE2cc_xD.js";import{A as je,F as Me,I as Ne,L as Pe,M as Fe,N as Ie,P as Le}from"./index-Cghcw26Z.js";import{a as Re,c as ze,i as Be,n as Ve,r as He,s as Ue,t as We}from"./Select-Dr1vuGyT.js";import{a as Ge,i as Ke}from"./DataState-D7T5QBs9.js";import{h as qe,m as Je,v as Ye}from"./format-Bo-74n1u.js";function Xe(e,t){if(!e)return;let n=document.createElement(`a`);n.href=e,t!==void 0&&(n.download=t),document.body.appendChild(n),n.click(),document.body.removeChild(n)}var Ze={sizeSmall:`14px`,sizeMedium:`16px`,sizeLarge:`18px`,labelPadding:`0 8px`,labelFontWeight:`400`};function Qe(e){let{baseColor:t,inputColorDisabled:n,cardColor:r,modalColor:i,popoverColor:a,textColorDisabled:o,borderColor:c,primaryColor:l,textColor2:u,fontSizeSmall:d,fontSizeMedium:f,fontSizeLarge:p,borderRadiusSmall:m,lineHeight:h}=e;return{...Ze,labelLineHeight:h,fontSizeSmall:d,fontSizeMedium:f,fontSizeLarge:p,borderRadius:m,color:t,colorChecked:l,colorDisabled:n,colorDisabledChecked:n,colorTableHeader:r,colorTableHeaderModal:i,colorTableHeaderPopover:a,checkMarkColor:t,checkMarkColorDisabled:o,checkMarkColorDisabledChecked:o,border:`1px solid ${c}`,borderDisabled:`1px solid ${c}`,borderDisabledChecked:`1px solid ${c}`,borderChecked:`1px solid ${l}`,borderFocus:`1px solid ${l}`,boxShadowFocus:`0 0 0 2px ${s(l,{alpha:.3})}`,textColor:u,textColorDisabled:o}}var $e={name:`Checkbox`,common:y,self:Qe},et=()=>(()=>{let e=x(`75be776d8875fa17`);return e[0]||=X(`svg`,{viewBox:`0 0 64 64`,class:`check-icon`},[X(`path`,{d:`M50.42,16.76L22.34,39.45l-8.1-11.46c-1.12-1.58-3.3-1.96-4.88-0.84c-1.58,1.12-1.95,3.3-0.84,4.88l10.26,14.51  c0.56,0.79,1.42,1.31,2.38,1.45c0.16,0.02,0.32,0.03,0.48,0.03c0.8,0,1.57-0.27,2.2-0.78l30.99-25.03c1.5-1.21,1.74-3.42,0.52-4.92  C54.13,15.78,51.93,15.55,50.42,16.76z`})],-1)})(),tt=()=>(()=>{let e=x(`c6eed899356c8404`);return e[0]||=X(`svg`,{viewBox:`0 0 100 100`,class:`line-icon`},[X(`path`,{d:`M80.2,55.5H21.4c-2.8,0-5.1-2.5-5.1-5.5l0,0c0-3,2.3-5.5,5.1-5.5h58.7c2.8,0,5.1,2.5,5.1,5.5l0,0C85.2,53.1,82.9,55.5,80.2,55.5z`})],-1)})(),nt=j([n(`checkbox`,`
 font-size: var(--n-font-size);
 outline: none;
 cursor: pointer;
 display: inline-flex;
 flex-wrap: nowrap;
 align-items: flex-start;
 word-break: break-word;
 line-height: var(--n-size);
 --n-merged-color-table: var(--n-color-table);
 `,[v(`show-label`,`line-height: var(--n-label-line-height);`),j(`&:hover`,[n(`checkbox-box`,[g(`border`,`border: var(--n-border-checked);`)])]),j(`&:focus:not(:active)`,[n(`checkbox-box`,[g(`border`,`
 border: var(--n-border-focus);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),v(`inside-table`,[n(`checkbox-box`,`
 background-color: var(--n-merged-color-table);
 `)]),v(`checked`,[n(`checkbox-box`,`
 background-color: var(--n-color-checked);
 `,[n(`checkbox-icon`,[j(`.check-icon`,`
 opacity: 1;
 transform: scale(1);
 `)])])]),v(`indeterminate`,[n(`checkbox-box`,[n(`checkbox-icon`,[j(`.check-icon`,`
 opacity: 0;
 transform: scale(.5);
 `),j(`.line-icon`,`
 opacity: 1;
 transform: scale(1);
 `)])])]),v(`checked, indeterminate`,[j(`&:focus:not(:active)`,[n(`checkbox-box`,[g(`border`,`
 border: var(--n-border-checked);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),n(`checkbox-box`,`
 background-color: var(--n-color-checked);
 border-left: 0;
 border-top: 0;
 `,[g(`border`,{border:`var(--n-border-checked)`})])]),v(`disabled`,{cursor:`not-allowed`},[v(`checked`,[n(`checkbox-box`,`
 background-color: var(--n-color-disabled-checked);
 `,[g(`border`,{border:`var(--n-border-disabled-checked)`}),n(`checkbox-icon`,[j(`.check-icon, .line-icon`,{fill:`var(--n-check-mark-color-disabled-checked)`})])])]),n(`checkbox-box`,`
 background-color: var(--n-color-disabled);
 `,[g(`border`,`
 border: var(--n-border-disabled);
 `),n(`checkbox-icon`,[j(`.check-icon, .line-icon`,`
 fill: var(--n-check-mark-color-disabled);
 `)])]),g(`label`,`
 color: var(--n-text-color-disabled);
 `)]),n(`checkbox-box-wrapper`,`
 position: relative;
 width: var(--n-size);
 flex-shrink: 0;
 flex-grow: 0;
 user-select: none;
 -webkit-user-select: none;
 `),n(`checkbox-box`,`
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
 `,[g(`border`,`
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
 `),n(`checkbox-icon`,`
 display: flex;
 align-items: center;
 justify-content: center;
 position: absolute;
 left: 1px;
 right: 1px;
 top: 1px;
 bottom: 1px;
 `,[j(`.check-icon, .line-icon`,`
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
 `),M({left:`1px`,top:`1px`})])]),g(`label`,`
 color: var(--n-text-color);
 transition: color .3s var(--n-bezier);
 user-select: none;
 -webkit-user-select: none;
 padding: var(--n-label-padding);
 font-weight: var(--n-label-font-weight);
 `,[j(`&:empty`,{display:`none`})])]),d(n(`checkbox`,`
 --n-merged-color-table: var(--n-color-table-modal);
 `)),m(n(`checkbox`,`
 --n-merged-color-table: var(--n-color-table-popover);
 `))]),rt=[`id`],it=[`tabindex`,`aria-checked`,`aria-labelledby`,`onKeyup`,`onKeydown`,`onClick`],at={...h.props,size:String,checked:{type:[Boolean,String,Number],default:void 0},defaultChecked:{type:[Boolean,String,Number],default:!1},value:[String,Number],disabled:{type:Boolean,default:void 0},indeterminate:Boolean,label:String,focusable:{type:Boolean,default:!0},checkedValue:{type:[Boolean,String,Number],default:!0},uncheckedValue:{type:[Boolean,String,Number],default:!1},"onUpdate:checked":[Function,Array],onUpdateChecked:[Function,Array],privateInsideTable:Boolean,onChange:[Function,Array]},ot=Z({name:`Checkbox`,props:at,setup(e){let t=ye(st,null),n=U(null),{mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedRtlRef:a,mergedComponentPropsRef:s}=N(e),l=U(e.defaultChecked),u=Y(e,`checked`),d=oe(u,l),f=A(()=>{if(t){let n=t.valueSetRef.value;return n&&e.value!==void 0?n.has(e.value):!1}return d.value===e.checkedValue}),p=D(e,{mergedSize(n){let{size:r}=e;if(r!==void 0)return r;if(t){let{value:e}=t.mergedSizeRef;if(e!==void 0)return e}if(n){let{mergedSize:e}=n;if(e!==void 0)return e.value}return s?.value?.Checkbox?.size||`medium`},mergedDisabled(n){let{disabled:r}=e;if(r!==void 0)return r;if(t){if(t.disabledRef.value)return!0;let{maxRef:{value:e},checkedCountRef:n}=t;if(e!==void 0&&n.value>=e&&!f.value)return!0;let{minRef:{value:r}}=t;if(r!==void 0&&n.value<=r&&f.value)return!0}return n?n.disabled.value:!1}}),{mergedDisabledRef:m,mergedSizeRef:g}=p,v=h(`Checkbox`,`-checkbox`,nt,$e,e,r);function y(n){if(t&&e.value!==void 0)t.toggleCheckbox(!f.value,e.value);else{let{onChange:t,"onUpdate:checked":r,onUpdateChecked:i}=e,{nTriggerFormInput:a,nTriggerFormChange:s}=p,c=f.value?e.uncheckedValue:e.checkedValue;r&&o(r,c,n),i&&o(i,c,n),t&&o(t,c,n),a(),s(),l.value=c}}function b(e){m.value||y(e)}function x(e){if(!m.value)switch(e.key){case` `:case`Enter`:y(e)}}function S(e){e.key===` `&&e.preventDefault()}let C={focus:()=>{n.value?.focus()},blur:()=>{n.value?.blur()}},w=E(`Checkbox`,a,r),T=q(()=>{let{value:e}=g,{common:{cubicBezierEaseInOut:t},self:{borderRadius:n,color:r,colorChecked:i,colorDisabled:a,colorTableHeader:o,colorTableHeaderModal:s,colorTableHeaderPopover:l,checkMarkColor:u,checkMarkColorDisabled:d,border:f,borderFocus:p,borderDisabled:m,borderChecked:h,boxShadowFocus:_,textColor:y,textColorDisabled:b,checkMarkColorDisabledChecked:x,colorDisabledChecked:S,borderDisabledChecked:C,labelPadding:w,labelLineHeight:T,labelFontWeight:E,[c(`fontSize`,e)]:D,[c(`size`,e)]:O}}=v.value;return{"--n-label-line-height":T,"--n-label-font-weight":E,"--n-size":O,"--n-bezier":t,"--n-border-radius":n,"--n-border":f,"--n-border-checked":h,"--n-border-focus":p,"--n-border-disabled":m,"--n-border-disabled-checked":C,"--n-box-shadow-focus":_,"--n-color":r,"--n-color-checked":i,"--n-color-table":o,"--n-color-table-modal":s,"--n-color-table-popover":l,"--n-color-disabled":a,"--n-color-disabled-checked":S,"--n-text-color":y,"--n-text-color-disabled":b,"--n-check-mark-color":u,"--n-check-mark-color-disabled":d,"--n-check-mark-color-disabled-checked":x,"--n-font-size":D,"--n-label-padding":w}}),O=i?_(`checkbox`,q(()=>g.value[0]),T,e):void 0;return Object.assign(p,C,{rtlEnabled:w,selfRef:n,mergedClsPrefix:r,mergedDisabled:m,renderedChecked:f,mergedTheme:v,labelId:te(),handleClick:b,handleKeyUp:x,handleKeyDown:S,cssVars:i?void 0:T,themeClass:O?.themeClass,onRender:O?.onRender})},render(){let{$slots:e,renderedChecked:t,mergedDisabled:n,indeterminate:r,privateInsideTable:i,cssVars:a,labelId:o,label:s,mergedClsPrefix:c,focusable:u,handleKeyUp:d,handleKeyDown:f,handleClick:p}=this;this.onRender?.();let m=S(e.default,e=>s||e?(W(),J(`span`,{key:1,class:I(`${c}-checkbox__label`),id:o},[l(()=>s||e)],10,rt)):null);return(()=>{let e=x(`70be6e74cd27cb50`);return W(),J(`div`,{ref:`selfRef`,class:I([`${c}-checkbox`,this.themeClass,this.rtlEnabled&&`${c}-checkbox--rtl`,t&&`${c}-checkbox--checked`,n&&`${c}-checkbox--disabled`,r&&`${c}-checkbox--indeterminate`,i&&`${c}-checkbox--inside-table`,m&&`${c}-checkbox--show-label`]),tabindex:n||!u?void 0:0,role:`checkbox`,"aria-checked":r?`mixed`:t,"aria-labelledby":o,style:$(a),onKeyup:d,onKeydown:f,onClick:p,onMousedown:e[0]||=()=>{L(`selectstart`,window,e=>{e.preventDefault()},{once:!0})}},[X(`div`,{class:I(`${c}-checkbox-box-wrapper`)},[e[1]||=l(`\xA0`,-1),X(`div`,{class:I(`${c}-checkbox-box`)},[Ce(F,null,{default:()=>this.indeterminate?(W(),J(`div`,{key:`indeterminate`,class:I(`${c}-checkbox-icon`)},[l(()=>tt())],2)):(W(),J(`div`,{key:`check`,class:I(`${c}-checkbox-icon`)},[l(()=>et())],2))},1024),X(`div`,{class:I(`${c}-checkbox-box__border`)},null,2)],2)],2),l(()=>m)],46,it)})()}}),st=w(`n-checkbox-group`),ct=Z({name:`CheckboxGroup`,props:{min:Number,max:Number,size:String,options:Array,labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},value:Array,defaultValue:{type:Array,default:null},disabled:{type:Boolean,default:void 0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],onChange:[Function,Array]},setup(e){let{mergedClsPrefixRef:t}=N(e),n=D(e),{mergedSizeRef:r,mergedDisabledRef:i}=n,a=U(e.defaultValue),s=q(()=>e.value),c=oe(s,a),l=q(()=>c.value?.length||0),u=q(()=>Array.isArray(c.value)?new Set(c.value):new Set);function d(t,r){let{nTriggerFormInput:i,nTriggerFormChange:s}=n,{onChange:l,"onUpdate:value":u,onUpdateValue:d}=e;if(Array.isArray(c.value)){let e=Array.from(c.value),n=e.findIndex(e=>e===r);t?~n||(e.push(r),d&&o(d,e,{actionType:`check`,value:r}),u&&o(u,e,{actionType:`check`,value:r}),i(),s(),a.value=e,l&&o(l,e)):~n&&(e.splice(n,1),d&&o(d,e,{actionType:`uncheck`,value:r}),u&&o(u,e,{actionType:`uncheck`,value:r}),l&&o(l,e),a.value=e,i(),s())}else t?(d&&o(d,[r],{actionType:`check`,value:r}),u&&o(u,[r],{actionType:`check`,value:r}),l&&o(l,[r]),a.value=[r],i(),s()):(d&&o(d,[],{actionType:`uncheck`,value:r}),u&&o(u,[],{actionType:`uncheck`,value:r}),l&&o(l,[]),a.value=[],i(),s())}return ve(st,{checkedCountRef:l,maxRef:Y(e,`max`),minRef:Y(e,`min`),valueSetRef:u,disabledRef:i,mergedSizeRef:r,toggleCheckbox:d}),{mergedClsPrefix:t}},render(){let{options:e,labelField:t,valueField:n}=this.$props;return W(),J(`div`,{class:I(`${this.mergedClsPrefix}-checkbox-group`),role:`group`},[e?(W(),J(K,{key:0},[l(()=>e.map(e=>{let r=e[n];return W(),G(ot,{key:r,value:r,disabled:e.disabled,label:e[t]},null,8,[`value`,`disabled`,`label`])}))],64)):(W(),J(K,{key:1},[l(()=>this.$slots.default?.())],64))],2)}});function lt(e){let{boxShadow2:t}=e;return{menuBoxShadow:t}}var ut=k({name:`Popselect`,common:y,peers:{Popover:le,InternalSelectMenu:ze},self:lt}),dt=w(`n-popselect`),ft=n(`popselect-menu`,`
 box-shadow: var(--n-menu-box-shadow);
`),pt={multiple:Boolean,value:{type:[String,Number,Array],default:null},cancelable:Boolean,options:{type:Array,default:()=>[]},size:String,scrollable:Boolean,"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],onMouseenter:Function,onMouseleave:Function,renderLabel:Function,showCheckmark:{type:Boolean,default:void 0},nodeProps:Function,virtualScroll:Boolean,onChange:[Function,Array]},mt=z(pt),ht=Z({name:`PopselectPanel`,props:pt,setup(e){let t=ye(dt),{mergedClsPrefixRef:n,inlineThemeDisabled:r,mergedComponentPropsRef:i}=N(e),a=q(()=>e.size||i?.value?.Popselect?.size||`medium`),s=h(`Popselect`,`-pop-select`,ft,ut,t.props,n),c=q(()=>me(e.options,He(`value`,`children`)));function l(t,n){let{onUpdateValue:r,"onUpdate:value":i,onChange:a}=e;r&&o(r,t,n),i&&o(i,t,n),a&&o(a,t,n)}function u(e){f(e.key)}function d(e){se(e,`action`)||se(e,`empty`)||se(e,`header`)||e.preventDefault()}function f(n){let{value:{getNode:r}}=c;if(e.multiple){if(Array.isArray(e.value)){let t=[],i=[],a=!0;e.value.forEach(e=>{if(e===n){a=!1;return}let o=r(e);o&&(t.push(o.key),i.push(o.rawNode))}),a&&(t.push(n),i.push(r(n).rawNode)),l(t,i)}else{let e=r(n);e&&l([n],[e.rawNode])}}else if(e.value===n&&e.cancelable)l(null,null);else{let e=r(n);e&&l(n,e.rawNode);let{"onUpdate:show":i,onUpdateShow:a}=t.props;i&&o(i,!1),a&&o(a,!1),t.setShow(!1)}be(()=>{t.syncPosition()})}xe(Y(e,`options`),()=>{be(()=>{t.syncPosition()})});let p=q(()=>{let{self:{menuBoxShadow:e}}=s.value;return{"--n-menu-box-shadow":e}}),m=r?_(`select`,void 0,p,t.props):void 0;return{mergedTheme:t.mergedThemeRef,mergedClsPrefix:n,treeMate:c,handleToggle:u,handleMenuMousedown:d,cssVars:r?void 0:p,themeClass:m?.themeClass,onRender:m?.onRender,mergedSize:a,scrollbarProps:t.props.scrollbarProps}},render(){return this.onRender?.(),W(),G(Be,{clsPrefix:this.mergedClsPrefix,focusable:!0,nodeProps:this.nodeProps,class:I([`${this.mergedClsPrefix}-popselect-menu`,this.themeClass]),style:$(this.cssVars),theme:this.mergedTheme.peers.InternalSelectMenu,themeOverrides:this.mergedTheme.peerOverrides.InternalSelectMenu,multiple:this.multiple,treeMate:this.treeMate,size:this.mergedSize,value:this.value,virtualScroll:this.virtualScroll,scrollable:this.scrollable,scrollbarProps:this.scrollbarProps,renderLabel:this.renderLabel,onToggle:this.handleToggle,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseenter,onMousedown:this.handleMenuMousedown,showCheckmark:this.showCheckmark},{_:1,header:r(()=>this.$slots.header?.()||[]),action:r(()=>this.$slots.action?.()||[]),empty:r(()=>this.$slots.empty?.()||[])},8,[`clsPrefix`,`nodeProps`,`class`,`style`,`theme`,`themeOverrides`,`multiple`,`treeMate`,`size`,`value`,`virtualScroll`,`scrollable`,`scrollbarProps`,`renderLabel`,`onToggle`,`onMouseenter`,`onMouseleave`,`onMousedown`,`showCheckmark`])}}),gt={...h.props,...Me(pe,[`showArrow`,`arrow`]),placement:{...pe.placement,default:`bottom`},trigger:{type:String,default:`hover`},...pt,scrollbarProps:Object},_t=Z({name:`Popselect`,props:gt,slots:Object,inheritAttrs:!1,__popover__:!0,setup(e){let{mergedClsPrefixRef:t}=N(e),n=h(`Popselect`,`-popselect`,void 0,ut,e,t),r=U(null);function i(){r.value?.syncPosition()}function a(e){r.value?.setShow(e)}return ve(dt,{props:e,mergedThemeRef:n,syncPosition:i,setShow:a}),{syncPosition:i,setShow:a,popoverInstRef:r,mergedTheme:n}},render(){let{mergedTheme:e}=this,t={theme:e.peers.Popover,themeOverrides:e.peerOverrides.Popover,builtinThemeOverrides:{padding:`0`},ref:`popoverInstRef`,internalRenderBody:(e,t,n,r,i)=>{let{$attrs:a}=this;return W(),G(ht,Q(a,{class:[a.class,e],style:[a.style,...n]},fe(this.$props,mt),{ref:Ne(t),onMouseenter:Re([r,a.onMouseenter]),onMouseleave:Re([i,a.onMouseleave])}),{header:()=>this.$slots.header?.(),action:()=>this.$slots.action?.(),empty:()=>this.$slots.empty?.()},1040,[`class`,`style`,`onMouseenter`,`onMouseleave`])}};return W(),G(he,Q(Me(this.$props,mt),t,{internalDeactivateImmediately:!0}),{_:1,trigger:r(()=>this.$slots.default?.())},16)}}),vt={itemPaddingSmall:`0 4px`,itemMarginSmall:`0 0 0 8px`,itemMarginSmallRtl:`0 8px 0 0`,itemPaddingMedium:`0 4px`,itemMarginMedium:`0 0 0 8px`,itemMarginMediumRtl:`0 8px 0 0`,itemPaddingLarge:`0 4px`,itemMarginLarge:`0 0 0 8px`,itemMarginLargeRtl:`0 8px 0 0`,buttonIconSizeSmall:`14px`,buttonIconSizeMedium:`16px`,buttonIconSizeLarge:`18px`,inputWidthSmall:`60px`,selectWidthSmall:`unset`,inputMarginSmall:`0 0 0 8px`,inputMarginSmallRtl:`0 8px 0 0`,selectMarginSmall:`0 0 0 8px`,prefixMarginSmall:`0 8px 0 0`,suffixMarginSmall:`0 0 0 8px`,inputWidthMedium:`60px`,selectWidthMedium:`unset`,inputMarginMedium:`0 0 0 8px`,inputMarginMediumRtl:`0 8px 0 0`,selectMarginMedium:`0 0 0 8px`,prefixMarginMedium:`0 8px 0 0`,suffixMarginMedium:`0 0 0 8px`,inputWidthLarge:`60px`,selectWidthLarge:`unset`,inputMarginLarge:`0 0 0 8px`,inputMarginLargeRtl:`0 8px 0 0`,selectMarginLarge:`0 0 0 8px`,prefixMarginLarge:`0 8px 0 0`,suffixMarginLarge:`0 0 0 8px`};function yt(e){let{textColor2:t,primaryColor:n,primaryColorHover:r,primaryColorPressed:i,inputColorDisabled:a,textColorDisabled:o,borderColor:s,borderRadius:c,fontSizeTiny:l,fontSizeSmall:u,fontSizeMedium:d,heightTiny:f,heightSmall:p,heightMedium:m}=e;return{...vt,buttonColor:`#0000`,buttonColorHover:`#0000`,buttonColorPressed:`#0000`,buttonBorder:`1px solid ${s}`,buttonBorderHover:`1px solid ${s}`,buttonBorderPressed:`1px solid ${s}`,buttonIconColor:t,buttonIconColorHover:t,buttonIconColorPressed:t,itemTextColor:t,itemTextColorHover:r,itemTextColorPressed:i,itemTextColorActive:n,itemTextColorDisabled:o,itemColor:`#0000`,itemColorHover:`#0000`,itemColorPressed:`#0000`,itemColorActive:`#0000`,itemColorActiveHover:`#0000`,itemColorDisabled:a,itemBorder:`1px solid #0000`,itemBorderHover:`1px solid #0000`,itemBorderPressed:`1px solid #0000`,itemBorderActive:`1px solid ${n}`,itemBorderDisabled:`1px solid ${s}`,itemBorderRadius:c,itemSizeSmall:f,itemSizeMedium:p,itemSizeLarge:m,itemFontSizeSmall:l,itemFontSizeMedium:u,itemFontSizeLarge:d,jumperFontSizeSmall:l,jumperFontSizeMedium:u,jumperFontSizeLarge:d,jumperTextColor:t,jumperTextColorDisabled:o}}var bt=k({name:`Pagination`,common:y,peers:{Select:Ve,Input:Oe,Popselect:ut},self:yt}),xt={tiny:`mini`,small:`tiny`,medium:`small`,large:`medium`,huge:`large`};function St(e){let t=xt[e];if(t===void 0)throw Error(`${e} has no smaller size.`);return t}var Ct=Z({name:`Backward`,render(){return(()=>{let e=x(`20cdf29399dd0749`);return e[0]||=X(`svg`,{viewBox:`0 0 20 20`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[X(`path`,{d:`M12.2674 15.793C11.9675 16.0787 11.4927 16.0672 11.2071 15.7673L6.20572 10.5168C5.9298 10.2271 5.9298 9.7719 6.20572 9.48223L11.2071 4.23177C11.4927 3.93184 11.9675 3.92031 12.2674 4.206C12.5673 4.49169 12.5789 4.96642 12.2932 5.26634L7.78458 9.99952L12.2932 14.7327C12.5789 15.0326 12.5673 15.5074 12.2674 15.793Z`,fill:`currentColor`})],-1)})()}}),wt=Z({name:`FastBackward`,render(){return(()=>{let e=x(`9d0d04cc580afefa`);return e[0]||=X(`svg`,{viewBox:`0 0 20 20`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[X(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[X(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[X(`path`,{d:`M8.73171,16.7949 C9.03264,17.0795 9.50733,17.0663 9.79196,16.7654 C10.0766,16.4644 10.0634,15.9897 9.76243,15.7051 L4.52339,10.75 L17.2471,10.75 C17.6613,10.75 17.9971,10.4142 17.9971,10 C17.9971,9.58579 17.6613,9.25 17.2471,9.25 L4.52112,9.25 L9.76243,4.29275 C10.0634,4.00812 10.0766,3.53343 9.79196,3.2325 C9.50733,2.93156 9.03264,2.91834 8.73171,3.20297 L2.31449,9.27241 C2.14819,9.4297 2.04819,9.62981 2.01448,9.8386 C2.00308,9.89058 1.99707,9.94459 1.99707,10 C1.99707,10.0576 2.00356,10.1137 2.01585,10.1675 C2.05084,10.3733 2.15039,10.5702 2.31449,10.7254 L8.73171,16.7949 Z`})])])],-1)})()}}),Tt=Z({name:`FastForward`,render(){return(()=>{let e=x(`c2e477dd1211740a`);return e[0]||=X(`svg`,{viewBox:`0 0 20 20`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[X(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[X(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[X(`path`,{d:`M11.2654,3.20511 C10.9644,2.92049 10.4897,2.93371 10.2051,3.23464 C9.92049,3.53558 9.93371,4.01027 10.2346,4.29489 L15.4737,9.25 L2.75,9.25 C2.33579,9.25 2,9.58579 2,10.0000012 C2,10.4142 2.33579,10.75 2.75,10.75 L15.476,10.75 L10.2346,15.7073 C9.93371,15.9919 9.92049,16.4666 10.2051,16.7675 C10.4897,17.0684 10.9644,17.0817 11.2654,16.797 L17.6826,10.7276 C17.8489,10.5703 17.9489,10.3702 17.9826,10.1614 C17.994,10.1094 18,10.0554 18,10.0000012 C18,9.94241 17.9935,9.88633 17.9812,9.83246 C17.9462,9.62667 17.8467,9.42976 17.6826,9.27455 L11.2654,3.20511 Z`})])])],-1)})()}}),Et=Z({name:`Forward`,render(){return(()=>{let e=x(`6fb2c33c1e576c93`);return e[0]||=X(`svg`,{viewBox:`0 0 20 20`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[X(`path`,{d:`M7.73271 4.20694C8.03263 3.92125 8.50737 3.93279 8.79306 4.23271L13.7944 9.48318C14.0703 9.77285 14.0703 10.2281 13.7944 10.5178L8.79306 15.7682C8.50737 16.0681 8.03263 16.0797 7.73271 15.794C7.43279 15.5083 7.42125 15.0336 7.70694 14.7336L12.2155 10.0005L7.70694 5.26729C7.42125 4.96737 7.43279 4.49264 7.73271 4.20694Z`,fill:`currentColor`})],-1)})()}}),Dt=Z({name:`More`,render(){return(()=>{let e=x(`e4a3e3d3803c676d`);return e[0]||=X(`svg`,{viewBox:`0 0 16 16`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[X(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[X(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[X(`path`,{d:`M4,7 C4.55228,7 5,7.44772 5,8 C5,8.55229 4.55228,9 4,9 C3.44772,9 3,8.55229 3,8 C3,7.44772 3.44772,7 4,7 Z M8,7 C8.55229,7 9,7.44772 9,8 C9,8.55229 8.55229,9 8,9 C7.44772,9 7,8.55229 7,8 C7,7.44772 7.44772,7 8,7 Z M12,7 C12.5523,7 13,7.44772 13,8 C13,8.55229 12.5523,9 12,9 C11.4477,9 11,8.55229 11,8 C11,7.44772 11.4477,7 12,7 Z`})])])],-1)})()}}),Ot=`
 background: var(--n-item-color-hover);
 color: var(--n-item-text-color-hover);
 border: var(--n-item-border-hover);
`,kt=[v(`button`,`
 background: var(--n-button-color-hover);
 border: var(--n-button-border-hover);
 color: var(--n-button-icon-color-hover);
 `)],At=n(`pagination`,`
 display: flex;
 vertical-align: middle;
 font-size: var(--n-item-font-size);
 flex-wrap: nowrap;
`,[n(`pagination-prefix`,`
 display: flex;
 align-items: center;
 margin: var(--n-prefix-margin);
 `),n(`pagination-suffix`,`
 display: flex;
 align-items: center;
 margin: var(--n-suffix-margin);
 `),j(`> *:not(:first-child)`,`
 margin: var(--n-item-margin);
 `),n(`select`,`
 width: var(--n-select-width);
 `),j(`&.transition-disabled`,[n(`pagination-item`,`transition: none!important;`)]),n(`pagination-quick-jumper`,`
 white-space: nowrap;
 display: flex;
 color: var(--n-jumper-text-color);
 transition: color .3s var(--n-bezier);
 align-items: center;
 font-size: var(--n-jumper-font-size);
 `,[n(`input`,`
 margin: var(--n-input-margin);
 width: var(--n-input-width);
 `)]),n(`pagination-item`,`
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
 `,[v(`button`,`
 background: var(--n-button-color);
 color: var(--n-button-icon-color);
 border: var(--n-button-border);
 padding: 0;
 `,[n(`base-icon`,`
 font-size: var(--n-button-icon-size);
 `)]),b(`disabled`,[v(`hover`,Ot,kt),j(`&:hover`,Ot,kt),j(`&:active`,`
 background: var(--n-item-color-pressed);
 color: var(--n-item-text-color-pressed);
 border: var(--n-item-border-pressed);
 `,[v(`button`,`
 background: var(--n-button-color-pressed);
 border: var(--n-button-border-pressed);
 color: var(--n-button-icon-color-pressed);
 `)]),v(`active`,`
 background: var(--n-item-color-active);
 color: var(--n-item-text-color-active);
 border: var(--n-item-border-active);
 `,[j(`&:hover`,`
 background: var(--n-item-color-active-hover);
 `)])]),v(`disabled`,`
 cursor: not-allowed;
 color: var(--n-item-text-color-disabled);
 `,[v(`active, button`,`
 background-color: var(--n-item-color-disabled);
 border: var(--n-item-border-disabled);
 `)])]),v(`disabled`,`
 cursor: not-allowed;
 `,[n(`pagination-quick-jumper`,`
 color: var(--n-jumper-text-color-disabled);
 `)]),v(`simple`,`
 display: flex;
 align-items: center;
 flex-wrap: nowrap;
 `,[n(`pagination-quick-jumper`,[n(`input`,`
 margin: 0;
 `)])])]);function jt(e){if(!e)return 10;let{defaultPageSize:t}=e;if(t!==void 0)return t;let n=e.pageSizes?.[0];return typeof n==`number`?n:n?.value||10}function Mt(e,t,n,r){let i=!1,a=!1,o=1,s=t;if(t===1)return{hasFastBackward:!1,hasFastForward:!1,fastForwardTo:s,fastBackwardTo:o,items:[{type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1}]};if(t===2)return{hasFastBackward:!1,hasFastForward:!1,fastForwardTo:s,fastBackwardTo:o,items:[{type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1},{type:`page`,label:2,active:e===2,mayBeFastBackward:!0,mayBeFastForward:!1}]};let c=t,l=e,u=e,d=(n-5)/2;u+=Math.ceil(d),u=Math.min(Math.max(u,1+n-3),c-2),l-=Math.floor(d),l=Math.max(Math.min(l,c-n+3),3);let f=!1,p=!1;l>3&&(f=!0),u<c-2&&(p=!0);let m=[];m.push({type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1}),f?(i=!0,o=l-1,m.push({type:`fast-backward`,active:!1,label:void 0,options:r?Nt(2,l-1):null})):c>=2&&m.push({type:`page`,label:2,mayBeFastBackward:!0,mayBeFastForward:!1,active:e===2});for(let t=l;t<=u;++t)m.push({type:`page`,label:t,mayBeFastBackward:!1,mayBeFastForward:!1,active:e===t});return p?(a=!0,s=u+1,m.push({type:`fast-forward`,active:!1,label:void 0,options:r?Nt(u+1,c-1):null})):u===c-2&&m[m.length-1].label!==c-1&&m.push({type:`page`,mayBeFastForward:!0,mayBeFastBackward:!1,label:c-1,active:e===c-1}),m[m.length-1].label!==c&&m.push({type:`page`,mayBeFastForward:!1,mayBeFastBackward:!1,label:c,active:e===c}),{hasFastBackward:i,hasFastForward:a,fastBackwardTo:o,fastForwardTo:s,items:m}}function Nt(e,t){let n=[];for(let r=e;r<=t;++r)n.push({label:`${r}`,value:r});return n}var Pt=[`onClick`,`onMouseenter`,`onMouseleave`],Ft=[`onClick`],It=[`onClick`],Lt={...h.props,simple:Boolean,page:Number,defaultPage:{type:Number,default:1},itemCount:Number,pageCount:Number,defaultPageCount:{type:Number,default:1},showSizePicker:Boolean,pageSize:Number,defaultPageSize:Number,pageSizes:{type:Array,default(){return[10]}},showQuickJumper:Boolean,size:String,disabled:Boolean,pageSlot:{type:Number,default:9},selectProps:Object,prev:Function,next:Function,goto:Function,prefix:Function,suffix:Function,label:Function,displayOrder:{type:Array,default:[`pages`,`size-picker`,`quick-jumper`]},to:ue.propTo,showQuickJumpDropdown:{type:Boolean,default:!0},scrollbarProps:Object,"onUpdate:page":[Function,Array],onUpdatePage:[Function,Array],"onUpdate:pageSize":[Function,Array],onUpdatePageSize:[Function,Array],onPageSizeChange:[Function,Array],onChange:[Function,Array]},Rt=Z({name:`Pagination`,props:Lt,slots:Object,setup(e){let{mergedComponentPropsRef:t,mergedClsPrefixRef:n,inlineThemeDisabled:r,mergedRtlRef:i}=N(e),a=q(()=>e.size||t?.value?.Pagination?.size||`medium`),s=h(`Pagination`,`-pagination`,At,bt,e,n),{localeRef:l}=ae(`Pagination`),u=U(null),d=U(e.defaultPage),f=U(jt(e)),p=oe(Y(e,`page`),d),m=oe(Y(e,`pageSize`),f),g=q(()=>{let{itemCount:t}=e;if(t!==void 0)return Math.max(1,Math.ceil(t/m.value));let{pageCount:n}=e;return n===void 0?1:Math.max(n,1)}),v=U(``);Se(()=>{e.simple,v.value=String(p.value)});let y=U(!1),b=U(!1),x=U(!1),S=U(!1),C=()=>{e.disabled||(y.value=!0,L())},w=()=>{e.disabled||(y.value=!1,L())},T=()=>{b.value=!0,L()},D=()=>{b.value=!1,L()},O=e=>{R(e)},k=q(()=>Mt(p.value,g.value,e.pageSlot,e.showQuickJumpDropdown));Se(()=>{k.value.hasFastBackward?k.value.hasFastForward||(y.value=!1,x.value=!1):(b.value=!1,S.value=!1)});let A=q(()=>{let t=l.value.selectionSuffix;return e.pageSizes.map(e=>typeof e==`number`?{label:`${e} / ${t}`,value:e}:e)}),j=q(()=>t?.value?.Pagination?.inputSize||St(a.value)),M=q(()=>t?.value?.Pagination?.selectSize||St(a.value)),P=q(()=>(p.value-1)*m.value),ee=q(()=>{let t=p.value*m.value-1,{itemCount:n}=e;return n===void 0?t:t>n-1?n-1:t}),F=q(()=>{let{itemCount:t}=e;return t===void 0?(e.pageCount||1)*m.value:t}),I=E(`Pagination`,i,n);function L(){be(()=>{let{value:e}=u;e&&(e.classList.add(`transition-disabled`),u.value?.offsetWidth,e.classList.remove(`transition-disabled`))})}function R(t){if(t===p.value)return;let{"onUpdate:page":n,onUpdatePage:r,onChange:i,simple:a}=e;n&&o(n,t),r&&o(r,t),i&&o(i,t),d.value=t,a&&(v.value=String(t))}function te(t){if(t===m.value)return;let{"onUpdate:pageSize":n,onUpdatePageSize:r,onPageSizeChange:i}=e;n&&o(n,t),r&&o(r,t),i&&o(i,t),f.value=t,g.value<p.value&&R(g.value)}function z(){e.disabled||R(Math.min(p.value+1,g.value))}function ne(){e.disabled||R(Math.max(p.value-1,1))}function re(){e.disabled||R(Math.min(k.value.fastForwardTo,g.value))}function ie(){e.disabled||R(Math.max(k.value.fastBackwardTo,1))}function B(e){te(e)}function V(){let t=Number.parseInt(v.value);Number.isNaN(t)||(R(Math.max(1,Math.min(t,g.value))),e.simple||(v.value=``))}function H(){V()}function se(t){if(!e.disabled)switch(t.type){case`page`:R(t.label);break;case`fast-backward`:ie();break;case`fast-forward`:re()}}function ce(e){v.value=e.replace(/\D+/g,``)}Se(()=>{p.value,m.value,L()});let le=q(()=>{let e=a.value,{self:{buttonBorder:t,buttonBorderHover:n,buttonBorderPressed:r,buttonIconColor:i,buttonIconColorHover:o,buttonIconColorPressed:l,itemTextColor:u,itemTextColorHover:d,itemTextColorPressed:f,itemTextColorActive:p,itemTextColorDisabled:m,itemColor:h,itemColorHover:g,itemColorPressed:_,itemColorActive:v,itemColorActiveHover:y,itemColorDisabled:b,itemBorder:x,itemBorderHover:S,itemBorderPressed:C,itemBorderActive:w,itemBorderDisabled:T,itemBorderRadius:E,jumperTextColor:D,jumperTextColorDisabled:O,buttonColor:k,buttonColorHover:A,buttonColorPressed:j,[c(`itemPadding`,e)]:M,[c(`itemMargin`,e)]:N,[c(`inputWidth`,e)]:P,[c(`selectWidth`,e)]:ee,[c(`inputMargin`,e)]:F,[c(`selectMargin`,e)]:I,[c(`jumperFontSize`,e)]:L,[c(`prefixMargin`,e)]:R,[c(`suffixMargin`,e)]:te,[c(`itemSize`,e)]:z,[c(`buttonIconSize`,e)]:ne,[c(`itemFontSize`,e)]:re,[`${c(`itemMargin`,e)}Rtl`]:ie,[`${c(`inputMargin`,e)}Rtl`]:B},common:{cubicBezierEaseInOut:V}}=s.value;return{"--n-prefix-margin":R,"--n-suffix-margin":te,"--n-item-font-size":re,"--n-select-width":ee,"--n-select-margin":I,"--n-input-width":P,"--n-input-margin":F,"--n-input-margin-rtl":B,"--n-item-size":z,"--n-item-text-color":u,"--n-item-text-color-disabled":m,"--n-item-text-color-hover":d,"--n-item-text-color-active":p,"--n-item-text-color-pressed":f,"--n-item-color":h,"--n-item-color-hover":g,"--n-item-color-disabled":b,"--n-item-color-active":v,"--n-item-color-active-hover":y,"--n-item-color-pressed":_,"--n-item-border":x,"--n-item-border-hover":S,"--n-item-border-disabled":T,"--n-item-border-active":w,"--n-item-border-pressed":C,"--n-item-padding":M,"--n-item-border-radius":E,"--n-bezier":V,"--n-jumper-font-size":L,"--n-jumper-text-color":D,"--n-jumper-text-color-disabled":O,"--n-item-margin":N,"--n-item-margin-rtl":ie,"--n-button-icon-size":ne,"--n-button-icon-color":i,"--n-button-icon-color-hover":o,"--n-button-icon-color-pressed":l,"--n-button-color-hover":A,"--n-button-color":k,"--n-button-color-pressed":j,"--n-button-border":t,"--n-button-border-hover":n,"--n-button-border-pressed":r}}),ue=r?_(`pagination`,q(()=>{let e=``;return e+=a.value[0],e}),le,e):void 0;return{rtlEnabled:I,mergedClsPrefix:n,locale:l,selfRef:u,mergedPage:p,pageItems:q(()=>k.value.items),mergedItemCount:F,jumperValue:v,pageSizeOptions:A,mergedPageSize:m,inputSize:j,selectSize:M,mergedTheme:s,mergedPageCount:g,startIndex:P,endIndex:ee,showFastForwardMenu:x,showFastBackwardMenu:S,fastForwardActive:y,fastBackwardActive:b,handleMenuSelect:O,handleFastForwardMouseenter:C,handleFastForwardMouseleave:w,handleFastBackwardMouseenter:T,handleFastBackwardMouseleave:D,handleJumperInput:ce,handleBackwardClick:ne,handleForwardClick:z,handlePageItemClick:se,handleSizePickerChange:B,handleQuickJumperChange:H,cssVars:r?void 0:le,themeClass:ue?.themeClass,onRender:ue?.onRender}},render(){let{$slots:e,mergedClsPrefix:n,disabled:r,cssVars:i,mergedPage:o,mergedPageCount:s,pageItems:c,showSizePicker:u,showQuickJumper:d,mergedTheme:f,locale:p,inputSize:m,selectSize:h,mergedPageSize:g,pageSizeOptions:_,jumperValue:v,simple:y,prev:b,next:S,prefix:C,suffix:w,label:T,goto:E,handleJumperInput:D,handleSizePickerChange:O,handleBackwardClick:k,handlePageItemClick:A,handleForwardClick:j,handleQuickJumperChange:M,onRender:N}=this;N?.();let P=C||e.prefix,ee=w||e.suffix,F=b||e.prev,L=S||e.next,R=T||e.label;return W(),J(`div`,{ref:`selfRef`,class:I([`${n}-pagination`,this.themeClass,this.rtlEnabled&&`${n}-pagination--rtl`,r&&`${n}-pagination--disabled`,y&&`${n}-pagination--simple`]),style:$(i)},[P?(W(),J(`div`,{key:0,class:I(`${n}-pagination-prefix`)},[l(()=>P({page:o,pageSize:g,pageCount:s,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],2)):l(()=>null),l(()=>this.displayOrder.map(e=>{switch(e){case`pages`:return(()=>{let e=x(`9d36e2972681a71c`);return W(),J(K,{key:`pages`},[X(`div`,{class:I([`${n}-pagination-item`,!F&&`${n}-pagination-item--button`,(o<=1||o>s||r)&&`${n}-pagination-item--disabled`]),onClick:k},[F?(W(),J(K,{key:0},[l(()=>F({page:o,pageSize:g,pageCount:s,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],64)):(W(),G(t,{key:1,clsPrefix:n},{default:()=>this.rtlEnabled?(W(),G(Et,{key:2})):(W(),G(Ct,{key:3}))},1032,[`clsPrefix`]))],10,Ft),y?(W(),J(K,{key:0},[X(`div`,{class:I(`${n}-pagination-quick-jumper`)},[(W(),G(Ae,{value:v,onUpdateValue:D,size:m,placeholder:``,disabled:r,theme:f.peers.Input,themeOverrides:f.peerOverrides.Input,onChange:M},null,8,[`value`,`onUpdateValue`,`size`,`disabled`,`theme`,`themeOverrides`,`onChange`]))],2),e[0]||=l(`\xA0/`,-1),e[1]||=l(` `,-1),l(()=>s)],64)):(W(),J(K,{key:1},[l(()=>c.map(e=>{let i,a,o,{type:s}=e,c=s===`page`?`page-${e.label}`:s;switch(s){case`page`:let r=e.label;i=R?R({type:`page`,node:r,active:e.active}):r;break;case`fast-forward`:let s=this.fastForwardActive?(W(),G(t,{key:6,clsPrefix:n},{default:()=>this.rtlEnabled?(W(),G(wt,{key:7})):(W(),G(Tt,{key:8}))},1032,[`clsPrefix`])):(W(),G(t,{key:9,clsPrefix:n},{default:()=>(W(),G(Dt))},1032,[`clsPrefix`]));i=R?R({type:`fast-forward`,node:s,active:this.fastForwardActive||this.showFastForwardMenu}):s,a=this.handleFastForwardMouseenter,o=this.handleFastForwardMouseleave;break;case`fast-backward`:let c=this.fastBackwardActive?(W(),G(t,{key:10,clsPrefix:n},{default:()=>this.rtlEnabled?(W(),G(Tt,{key:11})):(W(),G(wt,{key:12}))},1032,[`clsPrefix`])):(W(),G(t,{key:13,clsPrefix:n},{default:()=>(W(),G(Dt))},1032,[`clsPrefix`]));i=R?R({type:`fast-backward`,node:c,active:this.fastBackwardActive||this.showFastBackwardMenu}):c,a=this.handleFastBackwardMouseenter,o=this.handleFastBackwardMouseleave}let u=(W(),J(`div`,{key:c,class:I([`${n}-pagination-item`,e.active&&`${n}-pagination-item--active`,s!==`page`&&(s===`fast-backward`&&this.showFastBackwardMenu||s===`fast-forward`&&this.showFastForwardMenu)&&`${n}-pagination-item--hover`,r&&`${n}-pagination-item--disabled`,s===`page`&&`${n}-pagination-item--clickable`]),onClick:()=>{A(e)},onMouseenter:a,onMouseleave:o},[l(()=>i)],42,Pt));return s===`page`||!e.options?u:(W(),G(_t,{to:this.to,key:c,disabled:r,trigger:`hover`,virtualScroll:!0,style:{width:`60px`},theme:f.peers.Popselect,themeOverrides:f.peerOverrides.Popselect,builtinThemeOverrides:{peers:{InternalSelectMenu:{height:`calc(var(--n-option-height) * 4.6)`}}},nodeProps:()=>({style:{justifyContent:`center`}}),show:s===`fast-backward`?this.showFastBackwardMenu:this.showFastForwardMenu,onUpdateShow:e=>{e?s===`fast-backward`?this.showFastBackwardMenu=e:this.showFastForwardMenu=e:(this.showFastBackwardMenu=!1,this.showFastForwardMenu=!1)},options:e.options,onUpdateValue:this.handleMenuSelect,scrollable:!0,scrollbarProps:this.scrollbarProps,showCheckmark:!1},{default:()=>u},1032,[`to`,`disabled`,`theme`,`themeOverrides`,`show`,`onUpdateShow`,`options`,`onUpdateValue`,`scrollbarProps`]))}))],64)),X(`div`,{class:I([`${n}-pagination-item`,!L&&`${n}-pagination-item--button`,{[`${n}-pagination-item--disabled`]:o<1||o>=s||r}]),onClick:j},[L?(W(),J(K,{key:0},[l(()=>L({page:o,pageSize:g,pageCount:s,itemCount:this.mergedItemCount,startIndex:this.startIndex,endIndex:this.endIndex}))],64)):(W(),G(t,{key:1,clsPrefix:n},{default:()=>this.rtlEnabled?(W(),G(Ct,{key:4})):(W(),G(Et,{key:5}))},1032,[`clsPrefix`]))],10,It)],64)})();case`size-picker`:return!y&&u?(W(),G(We,Q({key:14,consistentMenuWidth:!1,placeholder:``,showCheckmark:!1,to:this.to},this.selectProps,{size:h,options:_,value:g,disabled:r,scrollbarProps:this.scrollbarProps,theme:f.peers.Select,themeOverrides:f.peerOverrides.Select,onUpdateValue:O}),null,16,[`to`,`size`,`options`,`value`,`disabled`,`scrollbarProps`,`theme`,`themeOverrides`,`onUpdateValue`])):null;case`quick-jumper`:return!y&&d?(W(),J(`div`,{key:15,class:I(`${n}-pagination-quick-jumper`)},[E?(W(),J(K,{key:0},[l(()=>E())],64)):(W(),J(K,{key:1},[l(()=>a(this.$slots.goto,()=>[p.goto]))],64)),(W(),G(Ae,{value:v,onUpdateValue:D,size:m,placeholder:``,disabled:r,theme:f.peers.Input,themeOverrides:f.peerOverrides.Input,onChange:M},null,8,[`value`,`onUpdateValue`,`size`,`disabled`,`theme`,`themeOverrides`,`onChange`]))],2)):null;default:return null}})),ee?(W(),J(`div`,{key:2,class:I(`${n}-pagination-suffix`)},[l(()=>ee({page:o,pageSize:g,pageCount:s,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],2)):l(()=>null)],6)}}),zt=k({name:`Ellipsis`,common:y,peers:{Tooltip:Ie}}),Bt={thPaddingSmall:`8px`,thPaddingMedium:`12px`,thPaddingLarge:`12px`,tdPaddingSmall:`8px`,tdPaddingMedium:`12px`,tdPaddingLarge:`12px`,sorterSize:`15px`,resizableContainerSize:`8px`,resizableSize:`2px`,filterSize:`15px`,paginationMargin:`12px 0 0 0`,emptyPadding:`48px 0`,actionPadding:`8px 12px`,actionButtonMargin:`0 8px 0 0`};function Vt(e){let{cardColor:t,modalColor:n,popoverColor:r,textColor2:i,textColor1:a,tableHeaderColor:o,tableColorHover:s,iconColor:c,primaryColor:l,fontWeightStrong:d,borderRadius:f,lineHeight:p,fontSizeSmall:m,fontSizeMedium:h,fontSizeLarge:g,dividerColor:_,heightSmall:v,opacityDisabled:y,tableColorStriped:b}=e;return{...Bt,actionDividerColor:_,lineHeight:p,borderRadius:f,fontSizeSmall:m,fontSizeMedium:h,fontSizeLarge:g,borderColor:u(t,_),tdColorHover:u(t,s),tdColorSorting:u(t,s),tdColorStriped:u(t,b),thColor:u(t,o),thColorHover:u(u(t,o),s),thColorSorting:u(u(t,o),s),tdColor:t,tdTextColor:i,thTextColor:a,thFontWeight:d,thButtonColorHover:s,thIconColor:c,thIconColorActive:l,borderColorModal:u(n,_),tdColorHoverModal:u(n,s),tdColorSortingModal:u(n,s),tdColorStripedModal:u(n,b),thColorModal:u(n,o),thColorHoverModal:u(u(n,o),s),thColorSortingModal:u(u(n,o),s),tdColorModal:n,borderColorPopover:u(r,_),tdColorHoverPopover:u(r,s),tdColorSortingPopover:u(r,s),tdColorStripedPopover:u(r,b),thColorPopover:u(r,o),thColorHoverPopover:u(u(r,o),s),thColorSortingPopover:u(u(r,o),s),tdColorPopover:r,boxShadowBefore:`inset -12px 0 8px -12px rgba(0, 0, 0, .18)`,boxShadowAfter:`inset 12px 0 8px -12px rgba(0, 0, 0, .18)`,loadingColor:l,loadingSize:v,opacityLoading:y}}var Ht=k({name:`DataTable`,common:y,peers:{Button:O,Checkbox:$e,Radio:Ye,Pagination:bt,Scrollbar:ie,Empty:Ge,Popover:le,Ellipsis:zt,Dropdown:Le},self:Vt}),Ut={...h.props,onUnstableColumnResize:Function,pagination:{type:[Object,Boolean],default:!1},paginateSinglePage:{type:Boolean,default:!0},minHeight:[Number,String],maxHeight:[Number,String],columns:{type:Array,default:()=>[]},rowClassName:[String,Function],rowProps:Function,rowKey:Function,summary:[Function],data:{type:Array,default:()=>[]},loading:Boolean,bordered:{type:Boolean,default:void 0},bottomBordered:{type:Boolean,default:void 0},striped:Boolean,scrollX:[Number,String],defaultCheckedRowKeys:{type:Array,default:()=>[]},checkedRowKeys:Array,singleLine:{type:Boolean,default:!0},singleColumn:Boolean,size:String,remote:Boolean,defaultExpandedRowKeys:{type:Array,default:[]},defaultExpandAll:Boolean,expandedRowKeys:Array,stickyExpandedRows:Boolean,virtualScroll:Boolean,virtualScrollX:Boolean,virtualScrollHeader:Boolean,headerHeight:{type:Number,default:28},heightForRow:Function,minRowHeight:{type:Number,default:28},tableLayout:{type:String,default:`auto`},allowCheckingNotLoaded:Boolean,cascade:{type:Boolean,default:!0},childrenKey:{type:String,default:`children`},indent:{type:Number,default:16},flexHeight:Boolean,summaryPlacement:{type:String,default:`bottom`},paginationBehaviorOnFilter:{type:String,default:`current`},filterIconPopoverProps:Object,scrollbarProps:Object,renderCell:Function,renderExpandIcon:Function,spinProps:Object,getCsvCell:Function,getCsvHeader:Function,onLoad:Function,"onUpdate:page":[Function,Array],onUpdatePage:[Function,Array],"onUpdate:pageSize":[Function,Array],onUpdatePageSize:[Function,Array],"onUpdate:sorter":[Function,Array],onUpdateSorter:[Function,Array],"onUpdate:filters":[Function,Array],onUpdateFilters:[Function,Array],"onUpdate:checkedRowKeys":[Function,Array],onUpdateCheckedRowKeys:[Function,Array],"onUpdate:expandedRowKeys":[Function,Array],onUpdateExpandedRowKeys:[Function,Array],onScroll:Function,onPageChange:[Function,Array],onPageSizeChange:[Function,Array],onSorterChange:[Function,Array],onFiltersChange:[Function,Array],onCheckedRowKeysChange:[Function,Array]},Wt=w(`n-data-table`),Gt=n(`ellipsis`,{overflow:`hidden`},[b(`line-clamp`,`
 white-space: nowrap;
 display: inline-block;
 vertical-align: bottom;
 max-width: 100%;
 `),v(`line-clamp`,`
 display: -webkit-inline-box;
 -webkit-box-orient: vertical;
 `),v(`cursor-pointer`,`
 cursor: pointer;
 `)]),Kt=[`onClick`];function qt(e){return`${e}-ellipsis--line-clamp`}function Jt(e,t){return`${e}-ellipsis--cursor-${t}`}var Yt={...h.props,expandTrigger:String,lineClamp:[Number,String],tooltip:{type:[Boolean,Object],default:!0}},Xt=Z({name:`Ellipsis`,inheritAttrs:!1,props:Yt,slots:Object,setup(e,{slots:t,attrs:n}){let r=f(),i=h(`Ellipsis`,`-ellipsis`,Gt,zt,e,r),a=U(null),o=U(null),s=U(null),c=U(!1),u=q(()=>{let{lineClamp:t}=e,{value:n}=c;return t===void 0?{textOverflow:n?``:`ellipsis`,"-webkit-line-clamp":``}:{textOverflow:``,"-webkit-line-clamp":n?``:t}});function d(){let t=!1,{value:n}=c;if(n)return!0;let{value:r}=a;if(r){let{lineClamp:n}=e;if(g(r),n!==void 0)t=r.scrollHeight<=r.offsetHeight;else{let{value:e}=o;e&&(t=e.getBoundingClientRect().width<=r.getBoundingClientRect().width)}_(r,t)}return t}function p(){if(e.expandTrigger!==`click`)return;let{value:t}=c;t&&s.value?.setShow(!1),c.value=!t}Te(()=>{e.tooltip&&s.value?.setShow(!1)});let m=()=>(()=>{let i=x(`c61f52eafd841df5`);return W(),J(`span`,Q(Q(n,{class:[`${r.value}-ellipsis`,e.lineClamp===void 0?void 0:qt(r.value),e.expandTrigger===`click`?Jt(r.value,`pointer`):void 0],style:u.value}),{ref:`triggerRef`,onClick:p,onMouseenter:i[0]||=e.expandTrigger===`click`?d:void 0}),[e.lineClamp?(W(),J(K,{key:0},[l(()=>t.default?.())],64)):(W(),J(`span`,{key:1,ref:`triggerInnerRef`},[l(()=>t.default?.())],512))],16,Kt)})();function g(t){if(!t)return;let n=u.value,i=qt(r.value);e.lineClamp===void 0?v(t,i,`remove`):v(t,i,`add`);for(let e in n)t.style[e]!==n[e]&&(t.style[e]=n[e])}function _(t,n){let i=Jt(r.value,`pointer`);e.expandTrigger===`click`&&!n?v(t,i,`add`):v(t,i,`remove`)}function v(e,t,n){n===`add`?e.classList.contains(t)||e.classList.add(t):e.classList.contains(t)&&e.classList.remove(t)}return{mergedTheme:i,triggerRef:a,triggerInnerRef:o,tooltipRef:s,renderTrigger:m,getTooltipDisabled:d}},render(){let{tooltip:e,renderTrigger:t,$slots:n}=this;if(e){let{mergedTheme:r}=this;return W(),G(Fe,Q({key:1,ref:`tooltipRef`,placement:`top`},e,{getDisabled:this.getTooltipDisabled,theme:r.peers.Tooltip,themeOverrides:r.peerOverrides.Tooltip}),{trigger:t,default:n.tooltip??n.default},1040,[`getDisabled`,`theme`,`themeOverrides`])}return t()}}),Zt=Z({name:`PerformantEllipsis`,props:Yt,inheritAttrs:!1,setup(e,{attrs:t,slots:n}){let r=U(!1),i=f();return C(`-ellipsis`,Gt,i),{mouseEntered:r,renderTrigger:()=>{let{lineClamp:a}=e,o=i.value;return(()=>{let i=x(`dba02f32d69b23e6`);return W(),J(`span`,Q(Q(t,{class:[`${o}-ellipsis`,a===void 0?void 0:qt(o),e.expandTrigger===`click`?Jt(o,`pointer`):void 0],style:a===void 0?{textOverflow:`ellipsis`}:{"-webkit-line-clamp":a}}),{onMouseenter:i[0]||=()=>{r.value=!0}}),[a?(W(),J(K,{key:0},[l(()=>n.default?.())],64)):(W(),J(`span`,{key:1},[l(()=>n.default?.())]))],16)})()}}},render(){return this.mouseEntered?Ee(Xt,Q({},this.$attrs,this.$props),this.$slots):this.renderTrigger()}});function Qt(e){if(e.type===`selection`||e.type===`expand`)return e.width===void 0?40:ne(e.width);if(!(`children`in e))return typeof e.width==`string`?ne(e.width):e.width}function $t(e){if(e.type===`selection`||e.type===`expand`)return B(e.width??40);if(!(`children`in e))return B(e.width)}function en(e){return e.type===`selection`?`__n_selection__`:e.type===`expand`?`__n_expand__`:e.key}function tn(e){return e&&(typeof e==`object`?Object.assign({},e):e)}function nn(e){return e===`ascend`?1:e===`descend`?-1:0}function rn(e,t,n){return n!==void 0&&(e=Math.min(e,typeof n==`number`?n:Number.parseFloat(n))),t!==void 0&&(e=Math.max(e,typeof t==`number`?t:Number.parseFloat(t))),e}function an(e,t){if(t!==void 0)return{width:t,minWidth:t,maxWidth:t};let n=$t(e),{minWidth:r,maxWidth:i}=e;return{width:n,minWidth:B(r)||n,maxWidth:B(i)}}function on(e,t,n){return typeof n==`function`?n(e,t):n||``}function sn(e){return e.filterOptionValues!==void 0||e.filterOptionValue===void 0&&e.defaultFilterOptionValues!==void 0}function cn(e){return`children`in e?!1:!!e.sorter}function ln(e){return`children`in e&&e.children.length?!1:!!e.resizable}function un(e){return`children`in e?!1:!!e.filter&&(!!e.filterOptions||!!e.renderFilterMenu)}function dn(e){return e?e===`descend`&&`ascend`:`descend`}function fn(e,t){if(e.sorter===void 0)return null;let{customNextSortOrder:n}=e;return t===null||t.columnKey!==e.key?{columnKey:e.key,sorter:e.sorter,order:dn(!1)}:{...t,order:(n||dn)(t.order)}}function pn(e,t){return t.find(t=>t.columnKey===e.key&&t.order)!==void 0}function mn(e){return typeof e==`string`?e.replace(/,/g,`\\,`):e==null?``:`${e}`.replace(/,/g,`\\,`)}function hn(e,t,n,r){let i=e.filter(e=>e.type!==`expand`&&e.type!==`selection`&&e.allowExport!==!1);return[i.map(e=>r?r(e):e.title).join(`,`),...t.map(e=>i.map(t=>n?n(e[t.key],e,t):mn(e[t.key])).join(`,`))].join(`
`)}var gn=Z({name:`Filter`,render(){return(()=>{let e=x(`32f755e984c27f19`);return e[0]||=X(`svg`,{viewBox:`0 0 28 28`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[X(`g`,{stroke:`none`,"stroke-width":`1`,"fill-rule":`evenodd`},[X(`g`,{"fill-rule":`nonzero`},[X(`path`,{d:`M17,19 C17.5522847,19 18,19.4477153 18,20 C18,20.5522847 17.5522847,21 17,21 L11,21 C10.4477153,21 10,20.5522847 10,20 C10,19.4477153 10.4477153,19 11,19 L17,19 Z M21,13 C21.5522847,13 22,13.4477153 22,14 C22,14.5522847 21.5522847,15 21,15 L7,15 C6.44771525,15 6,14.5522847 6,14 C6,13.4477153 6.44771525,13 7,13 L21,13 Z M24,7 C24.5522847,7 25,7.44771525 25,8 C25,8.55228475 24.5522847,9 24,9 L4,9 C3.44771525,9 3,8.55228475 3,8 C3,7.44771525 3.44771525,7 4,7 L24,7 Z`})])])],-1)})()}}),_n=Z({name:`DataTableFilterMenu`,props:{column:{type:Object,required:!0},radioGroupName:{type:String,required:!0},multiple:{type:Boolean,required:!0},value:{type:[Array,String,Number],default:null},options:{type:Array,required:!0},onConfirm:{type:Function,required:!0},onClear:{type:Function,required:!0},onChange:{type:Function,required:!0}},setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:n}=N(e),r=E(`DataTable`,n,t),{mergedClsPrefixRef:i,mergedThemeRef:a,localeRef:o}=ye(Wt),s=U(e.value),c=q(()=>{let{value:e}=s;return Array.isArray(e)?e:null}),l=q(()=>{let{value:t}=s;return sn(e.column)?Array.isArray(t)&&t.length&&t[0]||null:Array.isArray(t)?null:t});function u(t){e.onChange(t)}function d(t){e.multiple&&Array.isArray(t)?s.value=t:sn(e.column)&&!Array.isArray(t)?s.value=[t]:s.value=t}function f(){u(s.value),e.onConfirm()}function p(){e.multiple||sn(e.column)?u([]):u(null),e.onClear()}return{mergedClsPrefix:i,rtlEnabled:r,mergedTheme:a,locale:o,checkboxGroupValue:c,radioGroupValue:l,handleChange:d,handleConfirmClick:f,handleClearClick:p}},render(){let{mergedTheme:e,locale:t,mergedClsPrefix:n}=this;return W(),J(`div`,{class:I([`${n}-data-table-filter-menu`,this.rtlEnabled&&`${n}-data-table-filter-menu--rtl`])},[Ce(H,null,{default:()=>{let{checkboxGroupValue:t,handleChange:r}=this;return this.multiple?(W(),G(ct,{key:1,value:t,class:I(`${n}-data-table-filter-menu__group`),onUpdateValue:r},{default:()=>this.options.map(t=>(W(),G(ot,{key:t.value,theme:e.peers.Checkbox,themeOverrides:e.peerOverrides.Checkbox,value:t.value},{default:()=>t.label},1032,[`theme`,`themeOverrides`,`value`])))},1032,[`value`,`class`,`onUpdateValue`])):(W(),G(Je,{key:2,name:this.radioGroupName,class:I(`${n}-data-table-filter-menu__group`),value:this.radioGroupValue,onUpdateValue:this.handleChange},{default:()=>this.options.map(t=>(W(),G(qe,{key:t.value,value:t.value,theme:e.peers.Radio,themeOverrides:e.peerOverrides.Radio},{default:()=>t.label},1032,[`value`,`theme`,`themeOverrides`])))},1032,[`name`,`class`,`value`,`onUpdateValue`]))}},1024),X(`div`,{class:I(`${n}-data-table-filter-menu__action`)},[(W(),G(ee,{size:`tiny`,theme:e.peers.Button,themeOverrides:e.peerOverrides.Button,onClick:this.handleClearClick},{default:()=>t.clear},1032,[`theme`,`themeOverrides`,`onClick`])),(W(),G(ee,{theme:e.peers.Button,themeOverrides:e.peerOverrides.Button,type:`primary`,size:`tiny`,onClick:this.handleConfirmClick},{default:()=>t.confirm},1032,[`theme`,`themeOverrides`,`onClick`]))],2)],2)}}),vn=Z({name:`DataTableRenderFilter`,props:{render:{type:Function,required:!0},active:Boolean,show:Boolean},render(){let{render:e,active:t,show:n}=this;return e({active:t,show:n})}});function yn(e,t,n){let r=Object.assign({},e);return r[t]=n,r}var bn=Z({name:`DataTableFilterButton`,props:{column:{type:Object,required:!0},options:{type:Array,default:()=>[]}},setup(e){let{mergedComponentPropsRef:t}=N(),{mergedThemeRef:n,mergedClsPrefixRef:r,mergedFilterStateRef:i,filterMenuCssVarsRef:a,paginationBehaviorOnFilterRef:o,doUpdatePage:s,doUpdateFilters:c,filterIconPopoverPropsRef:l}=ye(Wt),u=U(!1),d=i,f=q(()=>e.column.filterMultiple!==!1),p=q(()=>{let t=d.value[e.column.key];if(t===void 0){let{value:e}=f;return e?[]:null}return t}),m=q(()=>{let{value:e}=p;return Array.isArray(e)?e.length>0:e!==null}),h=q(()=>t?.value?.DataTable?.renderFilter||e.column.renderFilter);function g(t){let n=yn(d.value,e.column.key,t);c(n,e.column),o.value===`first`&&s(1)}function _(){u.value=!1}function v(){u.value=!1}return{mergedTheme:n,mergedClsPrefix:r,active:m,showPopover:u,mergedRenderFilter:h,filterIconPopoverProps:l,filterMultiple:f,mergedFilterValue:p,filterMenuCssVars:a,handleFilterChange:g,handleFilterMenuConfirm:v,handleFilterMenuCancel:_}},render(){let{mergedTheme:e,mergedClsPrefix:n,handleFilterMenuCancel:r,filterIconPopoverProps:i}=this;return W(),G(he,Q({show:this.showPopover,onUpdateShow:e=>this.showPopover=e,trigger:`click`,theme:e.peers.Popover,themeOverrides:e.peerOverrides.Popover,placement:`bottom`},i,{style:{padding:0}}),{trigger:()=>{let{mergedRenderFilter:e}=this;if(e)return W(),G(vn,{key:1,"data-data-table-filter":!0,render:e,active:this.active,show:this.showPopover},null,8,[`render`,`active`,`show`]);let{renderFilterIcon:r}=this.column;return W(),J(`div`,{"data-data-table-filter":!0,class:I([`${n}-data-table-filter`,{[`${n}-data-table-filter--active`]:this.active,[`${n}-data-table-filter--show`]:this.showPopover}])},[r?(W(),J(K,{key:0},[l(()=>r({active:this.active,show:this.showPopover}))],64)):(W(),G(t,{key:1,clsPrefix:n},{default:()=>(W(),G(gn))},1032,[`clsPrefix`]))],2)},default:()=>{let{renderFilterMenu:e}=this.column;return e?e({hide:r}):(W(),G(_n,{key:2,style:$(this.filterMenuCssVars),radioGroupName:String(this.column.key),multiple:this.filterMultiple,value:this.mergedFilterValue,options:this.options,column:this.column,onChange:this.handleFilterChange,onClear:this.handleFilterMenuCancel,onConfirm:this.handleFilterMenuConfirm},null,8,[`style`,`radioGroupName`,`multiple`,`value`,`options`,`column`,`onChange`,`onClear`,`onConfirm`]))}},1040,[`show`,`onUpdateShow`,`theme`,`themeOverrides`])}}),xn=[`onMousedown`],Sn=Z({name:`ColumnResizeButton`,props:{onResizeStart:Function,onResize:Function,onResizeEnd:Function},setup(e){let{mergedClsPrefixRef:t}=ye(Wt),n=U(!1),r=0;function i(e){return e.clientX}function a(t){t.preventDefault();let a=n.value;r=i(t),n.value=!0,a||(L(`mousemove`,window,o),L(`mouseup`,window,s),e.onResizeStart?.())}function o(t){e.onResize?.(i(t)-r)}function s(){n.value=!1,e.onResizeEnd?.(),re(`mousemove`,window,o),re(`mouseup`,window,s)}return _e(()=>{re(`mousemove`,window,o),re(`mouseup`,window,s)}),{mergedClsPrefix:t,active:n,handleMousedown:a}},render(){let{mergedClsPrefix:e}=this;return W(),J(`span`,{"data-data-table-resizable":!0,class:I([`${e}-data-table-resize-button`,this.active&&`${e}-data-table-resize-button--active`]),onMousedown:this.handleMousedown},null,42,xn)}}),Cn=Z({name:`ArrowDown`,render(){return(()=>{let e=x(`bd1a1948a64f963c`);return e[0]||=X(`svg`,{viewBox:`0 0 28 28`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[X(`g`,{stroke:`none`,"stroke-width":`1`,"fill-rule":`evenodd`},[X(`g`,{"fill-rule":`nonzero`},[X(`path`,{d:`M23.7916,15.2664 C24.0788,14.9679 24.0696,14.4931 23.7711,14.206 C23.4726,13.9188 22.9978,13.928 22.7106,14.2265 L14.7511,22.5007 L14.7511,3.74792 C14.7511,3.33371 14.4153,2.99792 14.0011,2.99792 C13.5869,2.99792 13.2511,3.33371 13.2511,3.74793 L13.2511,22.4998 L5.29259,14.2265 C5.00543,13.928 4.53064,13.9188 4.23213,14.206 C3.93361,14.4931 3.9244,14.9679 4.21157,15.2664 L13.2809,24.6944 C13.6743,25.1034 14.3289,25.1034 14.7223,24.6944 L23.7916,15.2664 Z`})])])],-1)})()}}),wn=Z({name:`DataTableRenderSorter`,props:{render:{type:Function,required:!0},order:{type:[String,Boolean],default:!1}},render(){let{render:e,order:t}=this;return e({order:t})}}),Tn=Z({name:`SortIcon`,props:{column:{type:Object,required:!0}},setup(e){let{mergedComponentPropsRef:t}=N(),{mergedSortStateRef:n,mergedClsPrefixRef:r}=ye(Wt),i=q(()=>n.value.find(t=>t.columnKey===e.column.key)),a=q(()=>i.value!==void 0);return{mergedClsPrefix:r,active:a,mergedSortOrder:q(()=>{let{value:e}=i;return e&&a.value?e.order:!1}),mergedRenderSorter:q(()=>t?.value?.DataTable?.renderSorter||e.column.renderSorter)}},render(){let{mergedRenderSorter:e,mergedSortOrder:n,mergedClsPrefix:r}=this,{renderSorterIcon:i}=this.column;return e?(W(),G(wn,{key:1,render:e,order:n},null,8,[`render`,`order`])):(W(),J(`span`,{key:2,class:I([`${r}-data-table-sorter`,n===`ascend`&&`${r}-data-table-sorter--asc`,n===`descend`&&`${r}-data-table-sorter--desc`])},[i?(W(),J(K,{key:0},[l(()=>i({order:n}))],64)):(W(),G(t,{key:1,clsPrefix:r},{default:()=>(W(),G(Cn))},1032,[`clsPrefix`]))],2))}}),En=`_n_all__`,Dn=`_n_none__`;function On(e,t,n,r){return e?i=>{for(let a of e)switch(i){case En:n(!0);return;case Dn:r(!0);return;default:if(typeof a==`object`&&a.key===i){a.onSelect(t.value);return}}}:()=>{}}function kn(e,t){return e?e.map(e=>{switch(e){case`all`:return{label:t.checkTableAll,key:En};case`none`:return{label:t.uncheckTableAll,key:Dn};default:return e}}):[]}var An=Z({name:`DataTableSelectionMenu`,props:{clsPrefix:{type:String,required:!0}},setup(e){let{props:n,localeRef:r,checkOptionsRef:i,rawPaginatedDataRef:a,doCheckAll:o,doUncheckAll:s}=ye(Wt),c=q(()=>On(i.value,a,o,s)),l=q(()=>kn(i.value,r.value));return()=>{let{clsPrefix:r}=e;return W(),G(je,{theme:n.theme?.peers?.Dropdown,themeOverrides:n.themeOverrides?.peers?.Dropdown,options:l.value,onSelect:c.value},{default:()=>(W(),G(t,{clsPrefix:r,class:I(`${r}-data-table-check-extra`)},{default:()=>(W(),G(De))},1032,[`clsPrefix`,`class`]))},1032,[`theme`,`themeOverrides`,`options`,`onSelect`])}}}),jn=[`data-n-id`],Mn=[`colspan`],Nn={style:{position:`relative`}},Pn=[`data-n-id`],Fn=[`onScroll`];function In(e){return typeof e.title==`function`?e.title(e):e.title}var Ln=Z({props:{clsPrefix:{type:String,required:!0},id:{type:String,required:!0},cols:{type:Array,required:!0},width:String},render(){let{clsPrefix:e,id:t,cols:n,width:r}=this;return W(),J(`table`,{style:$({tableLayout:`fixed`,width:r}),class:I(`${e}-data-table-table`)},[X(`colgroup`,null,[l(()=>n.map(e=>(W(),J(`col`,{key:e.key,style:$(e.style)},null,4))))]),X(`thead`,{"data-n-id":t,class:I(`${e}-data-table-thead`)},[l(()=>this.$slots.default?.())],10,jn)],6)}}),Rn=Z({name:`DataTableHeader`,props:{discrete:{type:Boolean,default:!0}},setup(){let{mergedClsPrefixRef:e,scrollXRef:t,fixedColumnLeftMapRef:n,fixedColumnRightMapRef:r,mergedCurrentPageRef:i,allRowsCheckedRef:a,someRowsCheckedRef:o,rowsRef:s,colsRef:c,mergedThemeRef:l,checkOptionsRef:u,mergedSortStateRef:d,componentId:f,mergedTableLayoutRef:p,headerCheckboxDisabledRef:m,virtualScrollHeaderRef:h,headerHeightRef:g,onUnstableColumnResize:_,doUpdateResizableWidth:v,handleTableHeaderScroll:y,deriveNextSorter:b,doUncheckAll:x,doCheckAll:S}=ye(Wt),C=U(),w=U({});function T(e){return w.value[e]?.getBoundingClientRect().width}function E(){a.value?x():S()}function D(e,t){if(se(e,`dataTableFilter`)||se(e,`dataTableResizable`)||!cn(t))return;let n=fn(t,d.value.find(e=>e.columnKey===t.key)||null);b(n)}let O=new Map;function k(e){O.set(e.key,T(e.key))}function A(e,t){let n=O.get(e.key);if(n===void 0)return;let r=n+t,i=rn(r,e.minWidth,e.maxWidth);_(r,i,e,T),v(e,i)}return{cellElsRef:w,componentId:f,mergedSortState:d,mergedClsPrefix:e,scrollX:t,fixedColumnLeftMap:n,fixedColumnRightMap:r,currentPage:i,allRowsChecked:a,someRowsChecked:o,rows:s,cols:c,mergedTheme:l,checkOptions:u,mergedTableLayout:p,headerCheckboxDisabled:m,headerHeight:g,virtualScrollHeader:h,virtualListRef:C,handleCheckboxUpdateChecked:E,handleColHeaderClick:D,handleTableHeaderScroll:y,handleColumnResizeStart:k,handleColumnResize:A}},render(){let{cellElsRef:e,mergedClsPrefix:t,fixedColumnLeftMap:n,fixedColumnRightMap:r,currentPage:i,allRowsChecked:a,someRowsChecked:o,rows:s,cols:c,mergedTheme:u,checkOptions:d,componentId:f,discrete:p,mergedTableLayout:m,headerCheckboxDisabled:h,mergedSortState:g,virtualScrollHeader:_,handleColHeaderClick:v,handleCheckboxUpdateChecked:y,handleColumnResizeStart:b,handleColumnResize:x}=this,S=!1,C=(s,c,f)=>s.map(({column:s,colIndex:p,colSpan:m,rowSpan:_,isLast:C})=>{let w=en(s),{ellipsis:T}=s;!S&&T&&(S=!0);let E=()=>s.type===`selection`?s.multiple===!1?null:(W(),J(K,{key:1},[(W(),G(ot,{key:i,privateInsideTable:!0,checked:a,indeterminate:o,disabled:h,onUpdateChecked:y},null,8,[`checked`,`indeterminate`,`disabled`,`onUpdateChecked`])),d?(W(),G(An,{key:0,clsPrefix:t},null,8,[`clsPrefix`])):l(()=>null)],64)):(W(),J(K,null,[X(`div`,{class:I(`${t}-data-table-th__title-wrapper`)},[X(`div`,{class:I(`${t}-data-table-th__title`)},[T===!0||T&&!T.tooltip?(W(),J(`div`,{key:0,class:I(`${t}-data-table-th__ellipsis`)},[l(()=>In(s))],2)):(W(),J(K,{key:1},[T&&typeof T==`object`?(W(),G(Xt,Q({key:0},T,{theme:u.peers.Ellipsis,themeOverrides:u.peerOverrides.Ellipsis}),{default:()=>In(s)},1040,[`theme`,`themeOverrides`])):(W(),J(K,{key:1},[l(()=>In(s))],64))],64))],2),cn(s)?(W(),G(Tn,{key:0,column:s},null,8,[`column`])):l(()=>null)],2),un(s)?(W(),G(bn,{key:0,column:s,options:s.filterOptions},null,8,[`column`,`options`])):l(()=>null),ln(s)?(W(),G(Sn,{key:2,onResizeStart:()=>{b(s)},onResize:e=>{x(s,e)}},null,8,[`onResizeStart`,`onResize`])):l(()=>null)],64)),D=w in n,O=w in r,k=c&&!s.fixed?`div`:`th`;return W(),G(k,{ref:t=>e[w]=t,key:w,style:$([c&&!s.fixed?{position:`absolute`,left:V(c(p)),top:0,bottom:0}:{left:V(n[w]?.start),right:V(r[w]?.start)},{width:V(s.width),textAlign:s.titleAlign||s.align,height:f}]),colspan:m,rowspan:_,"data-col-key":w,class:I([`${t}-data-table-th`,(D||O)&&`${t}-data-table-th--fixed-${D?`left`:`right`}`,{[`${t}-data-table-th--sorting`]:pn(s,g),[`${t}-data-table-th--filterable`]:un(s),[`${t}-data-table-th--sortable`]:cn(s),[`${t}-data-table-th--selection`]:s.type===`selection`,[`${t}-data-table-th--last`]:C},s.className]),onClick:s.type!==`selection`&&s.type!==`expand`&&!(`children`in s)?e=>{v(e,s)}:void 0},{default:ge(()=>[l(()=>E())]),_:2},1032,[`style`,`colspan`,`rowspan`,`data-col-key`,`class`,`onClick`])});if(_){let{headerHeight:e}=this,n=0,r=0;return c.forEach(e=>{e.column.fixed===`left`?n++:e.column.fixed===`right`&&r++}),W(),G(Ue,{key:2,ref:`virtualListRef`,class:I(`${t}-data-table-base-table-header`),style:$({height:V(e)}),onScroll:this.handleTableHeaderScroll,columns:c,itemSize:e,showScrollbar:!1,items:[{}],itemResizable:!1,visibleItemsTag:Ln,visibleItemsProps:{clsPrefix:t,id:f,cols:c,width:B(this.scrollX)},renderItemWithCols:({startColIndex:t,endColIndex:i,getLeft:a})=>{let o=c.map((e,t)=>({column:e.column,isLast:t===c.length-1,colIndex:e.index,colSpan:1,rowSpan:1})).filter(({column:e},n)=>!!(t<=n&&n<=i||e.fixed)),s=C(o,a,V(e));return s.splice(n,0,(W(),J(`th`,{colspan:c.length-n-r,style:{pointerEvents:`none`,visibility:`hidden`,height:0}},null,8,Mn))),W(),J(`tr`,Nn,[l(()=>s)])}},{default:({renderedItemWithCols:e})=>e},1032,[`class`,`style`,`onScroll`,`columns`,`itemSize`,`visibleItemsTag`,`visibleItemsProps`,`renderItemWithCols`])}let w=(W(),J(`thead`,{class:I(`${t}-data-table-thead`),"data-n-id":f},[l(()=>s.map(e=>(W(),J(`tr`,{class:I(`${t}-data-table-tr`)},[l(()=>C(e,null,void 0))],2))))],10,Pn));if(!p)return w;let{handleTableHeaderScroll:T,scrollX:E}=this;return W(),J(`div`,{class:I(`${t}-data-table-base-table-header`),onScroll:T},[X(`table`,{class:I(`${t}-data-table-table`),style:$({minWidth:B(E),tableLayout:m})},[X(`colgroup`,null,[l(()=>c.map(e=>(W(),J(`col`,{key:e.key,style:$(e.style)},null,4))))]),l(()=>w)],6)],42,Fn)}}),zn=Z({name:`DataTableBodyCheckbox`,props:{rowKey:{type:[String,Number],required:!0},disabled:{type:Boolean,required:!0},onUpdateChecked:{type:Function,required:!0}},setup(e){let{mergedCheckedRowKeySetRef:t,mergedInderminateRowKeySetRef:n}=ye(Wt);return()=>{let{rowKey:r}=e;return W(),G(ot,{privateInsideTable:!0,disabled:e.disabled,indeterminate:n.value.has(r),checked:t.value.has(r),onUpdateChecked:e.onUpdateChecked},null,8,[`disabled`,`indeterminate`,`checked`,`onUpdateChecked`])}}}),Bn=Z({name:`DataTableBodyRadio`,props:{rowKey:{type:[String,Number],required:!0},disabled:{type:Boolean,required:!0},onUpdateChecked:{type:Function,required:!0}},setup(e){let{mergedCheckedRowKeySetRef:t,componentId:n}=ye(Wt);return()=>{let{rowKey:r}=e;return W(),G(qe,{name:n,disabled:e.disabled,checked:t.value.has(r),onUpdateChecked:e.onUpdateChecked},null,8,[`name`,`disabled`,`checked`,`onUpdateChecked`])}}}),Vn=Z({name:`DataTableCell`,props:{clsPrefix:{type:String,required:!0},row:{type:Object,required:!0},index:{type:Number,required:!0},column:{type:Object,required:!0},isSummary:Boolean,mergedTheme:{type:Object,required:!0},renderCell:Function},render(){let{isSummary:e,column:t,row:n,renderCell:r}=this,i,{render:a,key:o,ellipsis:s}=t;if(i=a&&!e?a(n,this.index):e?n[o]?.value:r?r(ke(n,o),n,t):ke(n,o),s){if(typeof s==`object`){let{mergedTheme:e}=this;return t.ellipsisComponent===`performant-ellipsis`?(W(),G(Zt,Q({key:1},s,{theme:e.peers.Ellipsis,themeOverrides:e.peerOverrides.Ellipsis}),{default:()=>i},1040,[`theme`,`themeOverrides`])):(W(),G(Xt,Q({key:2},s,{theme:e.peers.Ellipsis,themeOverrides:e.peerOverrides.Ellipsis}),{default:()=>i},1040,[`theme`,`themeOverrides`]))}return W(),J(`span`,{key:3,class:I(`${this.clsPrefix}-data-table-td__ellipsis`)},[l(()=>i)],2)}return i}}),Hn=[`onClick`],Un=Z({name:`DataTableExpandTrigger`,props:{clsPrefix:{type:String,required:!0},expanded:Boolean,loading:Boolean,onClick:{type:Function,required:!0},renderExpandIcon:{type:Function},rowData:{type:Object,required:!0}},render(){let{clsPrefix:e}=this;return(()=>{let n=x(`82f30e69bbec5134`);return W(),J(`div`,{class:I([`${e}-data-table-expand-trigger`,this.expanded&&`${e}-data-table-expand-trigger--expanded`]),onClick:this.onClick,onMousedown:n[0]||=e=>{e.preventDefault()}},[Ce(F,null,{default:()=>this.loading?(W(),G(P,{key:`loading`,clsPrefix:this.clsPrefix,radius:85,strokeWidth:15,scale:.88},null,8,[`clsPrefix`])):this.renderExpandIcon?this.renderExpandIcon({expanded:this.expanded,rowData:this.rowData}):(W(),G(t,{clsPrefix:e,key:`base-icon`},{default:()=>(W(),G(Pe))},1032,[`clsPrefix`]))},1024)],42,Hn)})()}}),Wn=[`onMouseenter`,`onMouseleave`],Gn=[`data-n-id`],Kn=[`colspan`],qn=[`colspan`],Jn=[`onMouseenter`],Yn=[`onMouseleave`];function Xn(e,t){let n=[];function r(e,i){e.forEach(e=>{e.children&&t.has(e.key)?(n.push({tmNode:e,striped:!1,key:e.key,index:i}),r(e.children,i)):n.push({key:e.key,tmNode:e,striped:!1,index:i})})}return e.forEach(e=>{n.push(e);let{children:i}=e.tmNode;i&&t.has(e.key)&&r(i,e.index)}),n}var Zn=Z({props:{clsPrefix:{type:String,required:!0},id:{type:String,required:!0},cols:{type:Array,required:!0},onMouseenter:Function,onMouseleave:Function},render(){let{clsPrefix:e,id:t,cols:n,onMouseenter:r,onMouseleave:i}=this;return W(),J(`table`,{style:{tableLayout:`fixed`},class:I(`${e}-data-table-table`),onMouseenter:r,onMouseleave:i},[X(`colgroup`,null,[l(()=>n.map(e=>(W(),J(`col`,{key:e.key,style:$(e.style)},null,4))))]),X(`tbody`,{"data-n-id":t,class:I(`${e}-data-table-tbody`)},[l(()=>this.$slots.default?.())],10,Gn)],42,Wn)}}),Qn=Z({name:`DataTableBody`,props:{onResize:Function,showHeader:Boolean,flexHeight:Boolean,bodyStyle:Object},setup(t){let{slots:n,bodyWidthRef:r,mergedExpandedRowKeysRef:i,mergedClsPrefixRef:a,mergedThemeRef:o,scrollXRef:s,colsRef:c,paginatedDataRef:l,rawPaginatedDataRef:u,fixedColumnLeftMapRef:d,fixedColumnRightMapRef:f,mergedCurrentPageRef:m,rowClassNameRef:h,leftActiveFixedColKeyRef:g,leftActiveFixedChildrenColKeysRef:_,rightActiveFixedColKeyRef:v,rightActiveFixedChildrenColKeysRef:y,renderExpandRef:b,hoverKeyRef:x,summaryRef:S,mergedSortStateRef:C,virtualScrollRef:w,virtualScrollXRef:E,heightForRowRef:D,minRowHeightRef:O,componentId:k,mergedTableLayoutRef:M,childTriggerColIndexRef:N,indentRef:P,rowPropsRef:ee,stripedRef:F,loadingRef:I,onLoadRef:L,loadingKeySetRef:R,expandableRef:te,stickyExpandedRowsRef:z,renderExpandIconRef:ne,summaryPlacementRef:re,treeMateRef:ie,scrollbarPropsRef:B,setHeaderScrollLeft:V,doUpdateExpandedRowKeys:H,handleTableBodyScroll:ae,doCheck:oe,doUncheck:se,renderCell:ce,xScrollableRef:le,explicitlyScrollableRef:ue}=ye(Wt),de=ye(T,null),fe=U(null),pe=U(null),me=U(null),he=q(()=>de?.mergedComponentPropsRef.value?.DataTable?.renderEmpty),ge=A(()=>l.value.length===0),W=A(()=>w.value&&!ge.value),_e=``,ve=q(()=>new Set(i.value));function be(e){return ie.value.getNode(e)?.rawNode}function xe(t,n,r){let i=be(t.key);if(!i)e(`data-table`,`fail to get row data with key ${t.key}`);else{if(r){let e=l.value.findIndex(e=>e.key===_e);if(e!==-1){let r=l.value.findIndex(e=>e.key===t.key),a=Math.min(e,r),o=Math.max(e,r),s=[];l.value.slice(a,o+1).forEach(e=>{e.disabled||s.push(e.key)}),n?oe(s,!1,i):se(s,i),_e=t.key;return}}n?oe(t.key,!1,i):se(t.key,i),_e=t.key}}function G(t){let n=be(t.key);n?oe(t.key,!0,n):e(`data-table`,`fail to get row data with key ${t.key}`)}function Ce(){if(W.value)return J();let{value:e}=fe;return e?e.containerRef:null}function K(e,t){if(R.value.has(e))return;let{value:n}=i,r=n.indexOf(e),a=Array.from(n);~r?(a.splice(r,1),H(a)):t&&!t.isLeaf&&!t.shallowLoaded?(R.value.add(e),L.value?.(t.rawNode).then(()=>{let{value:t}=i,n=Array.from(t);~n.indexOf(e)||n.push(e),H(n)}).finally(()=>{R.value.delete(e)})):(a.push(e),H(a))}function Te(){x.value=null}function J(){let{value:e}=pe;return e?.listElRef||null}function Y(){let{value:e}=pe;return e?.itemsElRef||null}function X(e){ae(e),fe.value?.sync()}function Z(e){let{onResize:n}=t;n&&n(e),fe.value?.sync()}let Q={getScrollContainer:Ce,scrollTo(e,t){w.value?pe.value?.scrollTo(e,t):fe.value?.scrollTo(e,t)}},Ee=j([({props:e})=>{let t=t=>t===null?null:j(`[data-n-id="${e.componentId}"] [data-col-key="${t}"]::after`,{boxShadow:`var(--n-box-shadow-after)`}),n=t=>t===null?null:j(`[data-n-id="${e.componentId}"] [data-col-key="${t}"]::before`,{boxShadow:`var(--n-box-shadow-before)`});return j([t(e.leftActiveFixedColKey),n(e.rightActiveFixedColKey),e.leftActiveFixedChildrenColKeys.map(e=>t(e)),e.rightActiveFixedChildrenColKeys.map(e=>n(e))])}]),$=!1;return Se(()=>{let{value:e}=g,{value:t}=_,{value:n}=v,{value:r}=y;if(!$&&e===null&&n===null)return;let i={leftActiveFixedColKey:e,leftActiveFixedChildrenColKeys:t,rightActiveFixedColKey:n,rightActiveFixedChildrenColKeys:r,componentId:k};Ee.mount({id:`n-${k}`,force:!0,props:i,anchorMetaName:p,parent:de?.styleMountTarget}),$=!0}),we(()=>{Ee.unmount({id:`n-${k}`,parent:de?.styleMountTarget})}),{bodyWidth:r,summaryPlacement:re,dataTableSlots:n,componentId:k,scrollbarInstRef:fe,virtualListRef:pe,emptyElRef:me,summary:S,mergedClsPrefix:a,mergedTheme:o,mergedRenderEmpty:he,scrollX:s,cols:c,loading:I,shouldDisplayVirtualList:W,empty:ge,paginatedDataAndInfo:q(()=>{let{value:e}=F,t=!1;return{data:l.value.map(e?(e,n)=>(e.isLeaf||(t=!0),{tmNode:e,key:e.key,striped:n%2==1,index:n}):(e,n)=>(e.isLeaf||(t=!0),{tmNode:e,key:e.key,striped:!1,index:n})),hasChildren:t}}),rawPaginatedData:u,fixedColumnLeftMap:d,fixedColumnRightMap:f,currentPage:m,rowClassName:h,renderExpand:b,mergedExpandedRowKeySet:ve,hoverKey:x,mergedSortState:C,virtualScroll:w,virtualScrollX:E,heightForRow:D,minRowHeight:O,mergedTableLayout:M,childTriggerColIndex:N,indent:P,rowProps:ee,loadingKeySet:R,expandable:te,stickyExpandedRows:z,renderExpandIcon:ne,scrollbarProps:B,setHeaderScrollLeft:V,handleVirtualListScroll:X,handleVirtualListResize:Z,handleMouseleaveTable:Te,virtualListContainer:J,virtualListContent:Y,handleTableBodyScroll:ae,handleCheckboxUpdateChecked:xe,handleRadioUpdateChecked:G,handleUpdateExpanded:K,renderCell:ce,explicitlyScrollable:ue,xScrollable:le,...Q}},render(){let{mergedTheme:e,scrollX:t,mergedClsPrefix:n,explicitlyScrollable:r,xScrollable:i,loadingKeySet:o,onResize:s,setHeaderScrollLeft:c,empty:u,shouldDisplayVirtualList:d}=this,f={minWidth:B(t)||`100%`};t&&(f.width=`100%`);let p=()=>(W(),J(`div`,{class:I([`${n}-data-table-empty`,this.loading&&`${n}-data-table-empty--hide`]),style:$([this.bodyStyle,i?`position: sticky; left: 0; width: var(--n-scrollbar-current-width);`:void 0]),ref:`emptyElRef`},[l(()=>a(this.dataTableSlots.empty,()=>[this.mergedRenderEmpty?.()||(W(),G(Ke,{theme:this.mergedTheme.peers.Empty,themeOverrides:this.mergedTheme.peerOverrides.Empty},null,8,[`theme`,`themeOverrides`]))]))],6));return W(),G(H,Q(this.scrollbarProps,{ref:`scrollbarInstRef`,scrollable:r||i,class:`${n}-data-table-base-table-body`,style:u?void 0:this.bodyStyle,theme:e.peers.Scrollbar,themeOverrides:e.peerOverrides.Scrollbar,contentStyle:f,container:d?this.virtualListContainer:void 0,content:d?this.virtualListContent:void 0,horizontalRailStyle:{zIndex:3},verticalRailStyle:{zIndex:3},internalExposeWidthCssVar:i&&u,xScrollable:i,onScroll:d?void 0:this.handleTableBodyScroll,internalOnUpdateScrollLeft:c,onResize:s}),{default:()=>{if(this.empty&&!this.showHeader&&(this.explicitlyScrollable||this.xScrollable))return p();let e={},t={},{cols:r,paginatedDataAndInfo:i,mergedTheme:a,fixedColumnLeftMap:s,fixedColumnRightMap:c,currentPage:u,rowClassName:d,mergedSortState:m,mergedExpandedRowKeySet:h,stickyExpandedRows:g,componentId:_,childTriggerColIndex:v,expandable:y,rowProps:b,handleMouseleaveTable:x,renderExpand:S,summary:C,handleCheckboxUpdateChecked:w,handleRadioUpdateChecked:T,handleUpdateExpanded:E,heightForRow:D,minRowHeight:O,virtualScrollX:k}=this,{length:A}=r,j,{data:M,hasChildren:N}=i,P=N?Xn(M,h):M;if(C){let e=C(this.rawPaginatedData);if(Array.isArray(e)){let t=e.map((e,t)=>({isSummaryRow:!0,key:`__n_summary__${t}`,tmNode:{rawNode:e,disabled:!0},index:-1}));j=this.summaryPlacement===`top`?[...t,...P]:[...P,...t]}else{let t={isSummaryRow:!0,key:`__n_summary__`,tmNode:{rawNode:e,disabled:!0},index:-1};j=this.summaryPlacement===`top`?[t,...P]:[...P,t]}}else j=P;let ee=N?{width:V(this.indent)}:void 0,F=[];j.forEach(e=>{S&&h.has(e.key)&&(!y||y(e.tmNode.rawNode))?F.push(e,{isExpandedRow:!0,key:`${e.key}-expand`,tmNode:e.tmNode,index:e.index}):F.push(e)});let{length:L}=F,te={};M.forEach(({tmNode:e},t)=>{te[t]=e.key});let z=g?this.bodyWidth:null,ne=z===null?void 0:`${z}px`,re=this.virtualScrollX?`div`:`td`,ie=0,B=0;k&&r.forEach(e=>{e.column.fixed===`left`?ie++:e.column.fixed===`right`&&B++});let H=({rowInfo:i,displayedRowIndex:f,isVirtual:p,isVirtualX:_,startColIndex:y,endColIndex:x,getLeft:C})=>{let{index:k}=i;if(`isExpandedRow`in i){let{tmNode:{key:e,rawNode:t}}=i;return W(),J(`tr`,{class:I(`${n}-data-table-tr ${n}-data-table-tr--expanded`),key:`${e}__expand`},[X(`td`,{class:I([`${n}-data-table-td`,`${n}-data-table-td--last-col`,f+1===L&&`${n}-data-table-td--last-row`]),colspan:A},[g?(W(),J(`div`,{key:0,class:I(`${n}-data-table-expand`),style:$({width:ne})},[l(()=>S(t,k))],6)):(W(),J(K,{key:1},[l(()=>S(t,k))],64))],10,Kn)],2)}let j=`isSummaryRow`in i,M=!j&&i.striped,{tmNode:P,key:F}=i,{rawNode:z}=P,H=h.has(F),ae=b?b(z,k):void 0,oe=typeof d==`string`?d:on(z,k,d),se=_?r.filter((e,t)=>!!(y<=t&&t<=x||e.column.fixed)):r,ce=_?V(D?.(z,k)||O):void 0,le=se.map(r=>{let d=r.index;if(f in e){let t=e[f],n=t.indexOf(d);if(~n)return t.splice(n,1),null}let{column:h}=r,g=en(r),{rowSpan:y,colSpan:b}=h,x=j?i.tmNode.rawNode[g]?.colSpan||1:b?b(z,k):1,S=j?i.tmNode.rawNode[g]?.rowSpan||1:y?y(z,k):1,D=d+x===A,O=f+S===L,M=S>1;if(M&&(t[f]={[d]:[]}),x>1||M)for(let n=f;n<f+S;++n){M&&t[f][d].push(te[n]);for(let t=d;t<d+x;++t)(n!==f||t!==d)&&(n in e?e[n].push(t):e[n]=[t])}let P=M?this.hoverKey:null,{cellProps:ne}=h,ie=ne?.(z,k),B={"--indent-offset":``},ae=h.fixed?`td`:re;return W(),G(ae,Q(ie,{key:g,style:[{textAlign:h.align||void 0,width:V(h.width)},_&&{height:ce},_&&!h.fixed?{position:`absolute`,left:V(C(d)),top:0,bottom:0}:{left:V(s[g]?.start),right:V(c[g]?.start)},B,ie?.style||``],colspan:x,rowspan:p?void 0:S,"data-col-key":g,class:[`${n}-data-table-td`,h.className,ie?.class,j&&`${n}-data-table-td--summary`,P!==null&&t[f][d].includes(P)&&`${n}-data-table-td--hover`,pn(h,m)&&`${n}-data-table-td--sorting`,h.fixed&&`${n}-data-table-td--fixed-${h.fixed}`,h.align&&`${n}-data-table-td--${h.align}-align`,h.type===`selection`&&`${n}-data-table-td--selection`,h.type===`expand`&&`${n}-data-table-td--expand`,D&&`${n}-data-table-td--last-col`,O&&`${n}-data-table-td--last-row`]}),{default:ge(()=>[N&&d===v?(W(),J(K,{key:0},[l(()=>[R(B[`--indent-offset`]=j?0:i.tmNode.level,(W(),J(`div`,{class:I(`${n}-data-table-indent`),style:$(ee)},null,6))),j||i.tmNode.isLeaf?(W(),J(`div`,{key:2,class:I(`${n}-data-table-expand-placeholder`)},null,2)):(W(),G(Un,{key:3,class:I(`${n}-data-table-expand-trigger`),clsPrefix:n,expanded:H,rowData:z,renderExpandIcon:this.renderExpandIcon,loading:o.has(i.key),onClick:()=>{E(F,i.tmNode)}},null,8,[`class`,`clsPrefix`,`expanded`,`rowData`,`renderExpandIcon`,`loading`,`onClick`]))])],64)):l(()=>null),h.type===`selection`?(W(),J(K,{key:2},[j?l(()=>null):(W(),J(K,{key:0},[h.multiple===!1?(W(),G(Bn,{key:u,rowKey:F,disabled:i.tmNode.disabled,onUpdateChecked:()=>{T(i.tmNode)}},null,8,[`rowKey`,`disabled`,`onUpdateChecked`])):(W(),G(zn,{key:u,rowKey:F,disabled:i.tmNode.disabled,onUpdateChecked:(e,t)=>{w(i.tmNode,e,t.shiftKey)}},null,8,[`rowKey`,`disabled`,`onUpdateChecked`]))],64))],64)):(W(),J(K,{key:3},[h.type===`expand`?(W(),J(K,{key:0},[j?l(()=>null):(W(),J(K,{key:0},[!h.expandable||h.expandable?.(z)?(W(),G(Un,{key:0,clsPrefix:n,rowData:z,expanded:H,renderExpandIcon:this.renderExpandIcon,onClick:()=>{E(F,null)}},null,8,[`clsPrefix`,`rowData`,`expanded`,`renderExpandIcon`,`onClick`])):l(()=>null)],64))],64)):(W(),G(Vn,{key:1,clsPrefix:n,index:k,row:z,column:h,isSummary:j,mergedTheme:a,renderCell:this.renderCell},null,8,[`clsPrefix`,`index`,`row`,`column`,`isSummary`,`mergedTheme`,`renderCell`]))],64))]),_:2},1040,[`style`,`colspan`,`rowspan`,`data-col-key`,`class`])});return _&&ie&&B&&le.splice(ie,0,(W(),J(`td`,{key:4,colspan:r.length-ie-B,style:{pointerEvents:`none`,visibility:`hidden`,height:0}},null,8,qn))),W(),J(`tr`,Q(ae,{onMouseenter:e=>{this.hoverKey=F,ae?.onMouseenter?.(e)},key:F,class:[`${n}-data-table-tr`,j&&`${n}-data-table-tr--summary`,M&&`${n}-data-table-tr--striped`,H&&`${n}-data-table-tr--expanded`,oe,ae?.class],style:[ae?.style,_&&{height:ce}]}),[l(()=>le)],16,Jn)};return this.shouldDisplayVirtualList?(W(),G(Ue,{key:6,ref:`virtualListRef`,items:F,itemSize:this.minRowHeight,visibleItemsTag:Zn,visibleItemsProps:{clsPrefix:n,id:_,cols:r,onMouseleave:x},showScrollbar:!1,onResize:this.handleVirtualListResize,onScroll:this.handleVirtualListScroll,itemsStyle:f,itemResizable:!k,columns:r,renderItemWithCols:k?({itemIndex:e,item:t,startColIndex:n,endColIndex:r,getLeft:i})=>H({displayedRowIndex:e,isVirtual:!0,isVirtualX:!0,rowInfo:t,startColIndex:n,endColIndex:r,getLeft:i}):void 0},{default:({item:e,index:t,renderedItemWithCols:n})=>n||H({rowInfo:e,displayedRowIndex:t,isVirtual:!0,isVirtualX:!1,startColIndex:0,endColIndex:0,getLeft(e){return 0}})},1032,[`items`,`itemSize`,`visibleItemsTag`,`visibleItemsProps`,`onResize`,`onScroll`,`itemsStyle`,`itemResizable`,`columns`,`renderItemWithCols`])):(W(),J(K,{key:5},[X(`table`,{class:I(`${n}-data-table-table`),onMouseleave:x,style:$({tableLayout:this.mergedTableLayout})},[X(`colgroup`,null,[l(()=>r.map(e=>(W(),J(`col`,{key:e.key,style:$(e.style)},null,4))))]),this.showHeader?(W(),G(Rn,{key:0,discrete:!1})):l(()=>null),this.empty?l(()=>null):(W(),J(`tbody`,{key:2,"data-n-id":_,class:I(`${n}-data-table-tbody`)},[l(()=>F.map((e,t)=>H({rowInfo:e,displayedRowIndex:t,isVirtual:!1,isVirtualX:!1,startColIndex:-1,endColIndex:-1,getLeft(e){return-1}})))],10,[`data-n-id`]))],46,Yn),this.empty?(W(),J(K,{key:0},[l(()=>p())],64)):l(()=>null)],64))}},1040,[`scrollable`,`class`,`style`,`theme`,`themeOverrides`,`contentStyle`,`container`,`content`,`internalExposeWidthCssVar`,`xScrollable`,`onScroll`,`internalOnUpdateScrollLeft`,`onResize`])}}),$n=Z({name:`MainTable`,setup(){let{mergedClsPrefixRef:e,rightFixedColumnsRef:t,leftFixedColumnsRef:n,bodyWidthRef:r,maxHeightRef:i,minHeightRef:a,flexHeightRef:o,virtualScrollHeaderRef:s,syncScrollState:c,scrollXRef:l}=ye(Wt),u=U(null),d=U(null),f=U(null),p=U(!(n.value.length||t.value.length)),m=q(()=>({maxHeight:B(i.value),minHeight:B(a.value)}));function h(e){r.value=e.contentRect.width,c(`layout`),p.value||=!0}function g(){let{value:e}=u;return e?s.value?e.virtualListRef?.listElRef||null:e.$el:null}function _(){let{value:e}=d;return e?e.getScrollContainer():null}let v={getBodyElement:_,getHeaderElement:g,scrollTo(e,t){d.value?.scrollTo(e,t)}};return Se(()=>{let{value:t}=f;if(!t)return;let n=`${e.value}-data-table-base-table--transition-disabled`;p.value?setTimeout(()=>{t.classList.remove(n)},0):t.classList.add(n)}),{maxHeight:i,mergedClsPrefix:e,selfElRef:f,headerInstRef:u,bodyInstRef:d,bodyStyle:m,flexHeight:o,handleBodyResize:h,scrollX:l,...v}},render(){let{mergedClsPrefix:e,maxHeight:t,flexHeight:n}=this,r=t===void 0&&!n;return W(),J(`div`,{class:I(`${e}-data-table-base-table`),ref:`selfElRef`},[r?l(()=>null):(W(),G(Rn,{key:1,ref:`headerInstRef`},null,512)),(W(),G(Qn,{ref:`bodyInstRef`,bodyStyle:this.bodyStyle,showHeader:r,flexHeight:n,onResize:this.handleBodyResize},null,8,[`bodyStyle`,`showHeader`,`flexHeight`,`onResize`]))],2)}}),er=nr(),tr=j([n(`data-table`,`
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
 `,[n(`data-table-wrapper`,`
 flex-grow: 1;
 display: flex;
 flex-direction: column;
 `),v(`empty`,[n(`data-table-base-table`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `),n(`data-table-base-table-body`,[`height: 100%;`,n(`scrollbar-content`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `)])]),v(`flex-height`,[j(`>`,[n(`data-table-wrapper`,[j(`>`,[n(`data-table-base-table`,`
 display: flex;
 flex-direction: column;
 flex-grow: 1;
 `,[j(`>`,[n(`data-table-base-table-body`,`flex-basis: 0;`,[j(`&:last-child`,`flex-grow: 1;`)])])])])])])]),j(`>`,[n(`data-table-loading-wrapper`,`
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
 `,[de({originalTransform:`translateX(-50%) translateY(-50%)`})])]),n(`data-table-expand-placeholder`,`
 margin-right: 8px;
 display: inline-block;
 width: 16px;
 height: 1px;
 `),n(`data-table-indent`,`
 display: inline-block;
 height: 1px;
 `),n(`data-table-expand-trigger`,`
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
 `,[v(`expanded`,[n(`icon`,`transform: rotate(90deg);`,[M({originalTransform:`rotate(90deg)`})]),n(`base-icon`,`transform: rotate(90deg);`,[M({originalTransform:`rotate(90deg)`})])]),n(`base-loading`,`
 color: var(--n-loading-color);
 transition: color .3s var(--n-bezier);
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[M()]),n(`icon`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[M()]),n(`base-icon`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[M()])]),n(`data-table-thead`,`
 transition: background-color .3s var(--n-bezier);
 background-color: var(--n-merged-th-color);
 `),n(`data-table-tr`,`
 position: relative;
 box-sizing: border-box;
 background-clip: padding-box;
 transition: background-color .3s var(--n-bezier);
 `,[n(`data-table-expand`,`
 position: sticky;
 left: 0;
 overflow: hidden;
 margin: calc(var(--n-th-padding) * -1);
 padding: var(--n-th-padding);
 box-sizing: border-box;
 `),v(`striped`,`background-color: var(--n-merged-td-color-striped);`,[n(`data-table-td`,`background-color: var(--n-merged-td-color-striped);`)]),b(`summary`,[j(`&:hover`,`background-color: var(--n-merged-td-color-hover);`,[j(`>`,[n(`data-table-td`,`background-color: var(--n-merged-td-color-hover);`)])])])]),n(`data-table-th`,`
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
 `,[v(`filterable`,`
 padding-right: 36px;
 `,[v(`sortable`,`
 padding-right: calc(var(--n-th-padding) + 36px);
 `)]),er,v(`selection`,`
 padding: 0;
 text-align: center;
 line-height: 0;
 z-index: 3;
 `),g(`title-wrapper`,`
 display: flex;
 align-items: center;
 flex-wrap: nowrap;
 max-width: 100%;
 `,[g(`title`,`
 flex: 1;
 min-width: 0;
 `)]),g(`ellipsis`,`
 display: inline-block;
 vertical-align: bottom;
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap;
 max-width: 100%;
 `),v(`hover`,`
 background-color: var(--n-merged-th-color-hover);
 `),v(`sorting`,`
 background-color: var(--n-merged-th-color-sorting);
 `),v(`sortable`,`
 cursor: pointer;
 `,[g(`ellipsis`,`
 max-width: calc(100% - 18px);
 `),j(`&:hover`,`
 background-color: var(--n-merged-th-color-hover);
 `)]),n(`data-table-sorter`,`
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
 `,[n(`base-icon`,`transition: transform .3s var(--n-bezier)`),v(`desc`,[n(`base-icon`,`
 transform: rotate(0deg);
 `)]),v(`asc`,[n(`base-icon`,`
 transform: rotate(-180deg);
 `)]),v(`asc, desc`,`
 color: var(--n-th-icon-color-active);
 `)]),n(`data-table-resize-button`,`
 width: var(--n-resizable-container-size);
 position: absolute;
 top: 0;
 right: calc(var(--n-resizable-container-size) / 2);
 bottom: 0;
 cursor: col-resize;
 user-select: none;
 `,[j(`&::after`,`
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
 `),v(`active`,[j(`&::after`,` 
 background-color: var(--n-th-icon-color-active);
 `)]),j(`&:hover::after`,`
 background-color: var(--n-th-icon-color-active);
 `)]),n(`data-table-filter`,`
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
 `,[j(`&:hover`,`
 background-color: var(--n-th-button-color-hover);
 `),v(`show`,`
 background-color: var(--n-th-button-color-hover);
 `),v(`active`,`
 background-color: var(--n-th-button-color-hover);
 color: var(--n-th-icon-color-active);
 `)])]),n(`data-table-td`,`
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
 `,[v(`expand`,[n(`data-table-expand-trigger`,`
 margin-right: 0;
 `)]),v(`last-row`,`
 border-bottom: 0 solid var(--n-merged-border-color);
 `,[j(`&::after`,`
 bottom: 0 !important;
 `),j(`&::before`,`
 bottom: 0 !important;
 `)]),v(`summary`,`
 background-color: var(--n-merged-th-color);
 `),v(`hover`,`
 background-color: var(--n-merged-td-color-hover);
 `),v(`sorting`,`
 background-color: var(--n-merged-td-color-sorting);
 `),g(`ellipsis`,`
 display: inline-block;
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap;
 max-width: 100%;
 vertical-align: bottom;
 max-width: calc(100% - var(--indent-offset, -1.5) * 16px - 24px);
 `),v(`selection, expand`,`
 text-align: center;
 padding: 0;
 line-height: 0;
 `),er]),n(`data-table-empty`,`
 box-sizing: border-box;
 padding: var(--n-empty-padding);
 flex-grow: 1;
 flex-shrink: 0;
 opacity: 1;
 display: flex;
 align-items: center;
 justify-content: center;
 transition: opacity .3s var(--n-bezier);
 `,[v(`hide`,`
 opacity: 0;
 `)]),g(`pagination`,`
 margin: var(--n-pagination-margin);
 display: flex;
 justify-content: flex-end;
 `),n(`data-table-wrapper`,`
 position: relative;
 opacity: 1;
 transition: opacity .3s var(--n-bezier), border-color .3s var(--n-bezier);
 border-top-left-radius: var(--n-border-radius);
 border-top-right-radius: var(--n-border-radius);
 line-height: var(--n-line-height);
 `),v(`loading`,[n(`data-table-wrapper`,`
 opacity: var(--n-opacity-loading);
 pointer-events: none;
 `)]),v(`single-column`,[n(`data-table-td`,`
 border-bottom: 0 solid var(--n-merged-border-color);
 `,[j(`&::after, &::before`,`
 bottom: 0 !important;
 `)])]),b(`single-line`,[n(`data-table-th`,`
 border-right: 1px solid var(--n-merged-border-color);
 `,[v(`last`,`
 border-right: 0 solid var(--n-merged-border-color);
 `)]),n(`data-table-td`,`
 border-right: 1px solid var(--n-merged-border-color);
 `,[v(`last-col`,`
 border-right: 0 solid var(--n-merged-border-color);
 `)])]),v(`bordered`,[n(`data-table-wrapper`,`
 border: 1px solid var(--n-merged-border-color);
 border-bottom-left-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 overflow: hidden;
 `)]),n(`data-table-base-table`,[v(`transition-disabled`,[n(`data-table-th`,[j(`&::after, &::before`,`transition: none;`)]),n(`data-table-td`,[j(`&::after, &::before`,`transition: none;`)])])]),v(`bottom-bordered`,[n(`data-table-td`,[v(`last-row`,`
 border-bottom: 1px solid var(--n-merged-border-color);
 `)])]),n(`data-table-table`,`
 font-variant-numeric: tabular-nums;
 width: 100%;
 word-break: break-word;
 transition: background-color .3s var(--n-bezier);
 border-collapse: separate;
 border-spacing: 0;
 background-color: var(--n-merged-td-color);
 `),n(`data-table-base-table-header`,`
 border-top-left-radius: calc(var(--n-border-radius) - 1px);
 border-top-right-radius: calc(var(--n-border-radius) - 1px);
 z-index: 3;
 overflow: scroll;
 flex-shrink: 0;
 transition: border-color .3s var(--n-bezier);
 scrollbar-width: none;
 `,[j(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
 display: none;
 width: 0;
 height: 0;
 `)]),n(`data-table-check-extra`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-th-icon-color);
 position: absolute;
 font-size: 14px;
 right: -4px;
 top: 50%;
 transform: translateY(-50%);
 z-index: 1;
 `)]),n(`data-table-filter-menu`,[n(`scrollbar`,`
 max-height: 240px;
 `),g(`group`,`
 display: flex;
 flex-direction: column;
 padding: 12px 12px 0 12px;
 `,[n(`checkbox`,`
 margin-bottom: 12px;
 margin-right: 0;
 `),n(`radio`,`
 margin-bottom: 12px;
 margin-right: 0;
 `)]),g(`action`,`
 padding: var(--n-action-padding);
 display: flex;
 flex-wrap: nowrap;
 justify-content: space-evenly;
 border-top: 1px solid var(--n-action-divider-color);
 `,[n(`button`,[j(`&:not(:last-child)`,`
 margin: var(--n-action-button-margin);
 `),j(`&:last-child`,`
 margin-right: 0;
 `)])]),n(`divider`,`
 margin: 0 !important;
 `)]),d(n(`data-table`,`
 --n-merged-th-color: var(--n-th-color-modal);
 --n-merged-td-color: var(--n-td-color-modal);
 --n-merged-border-color: var(--n-border-color-modal);
 --n-merged-th-color-hover: var(--n-th-color-hover-modal);
 --n-merged-td-color-hover: var(--n-td-color-hover-modal);
 --n-merged-th-color-sorting: var(--n-th-color-hover-modal);
 --n-merged-td-color-sorting: var(--n-td-color-hover-modal);
 --n-merged-td-color-striped: var(--n-td-color-striped-modal);
 `)),m(n(`data-table`,`
 --n-merged-th-color: var(--n-th-color-popover);
 --n-merged-td-color: var(--n-td-color-popover);
 --n-merged-border-color: var(--n-border-color-popover);
 --n-merged-th-color-hover: var(--n-th-color-hover-popover);
 --n-merged-td-color-hover: var(--n-td-color-hover-popover);
 --n-merged-th-color-sorting: var(--n-th-color-hover-popover);
 --n-merged-td-color-sorting: var(--n-td-color-hover-popover);
 --n-merged-td-color-striped: var(--n-td-color-striped-popover);
 `))]);function nr(){return[v(`fixed-left`,`
 left: 0;
 position: sticky;
 z-index: 2;
 `,[j(`&::after`,`
 pointer-events: none;
 content: "";
 width: 36px;
 display: inline-block;
 position: absolute;
 top: 0;
 bottom: -1px;
 transition: box-shadow .2s var(--n-bezier);
 right: -36px;
 `)]),v(`fixed-right`,`
 right: 0;
 position: sticky;
 z-index: 1;
 `,[j(`&::before`,`
 pointer-events: none;
 content: "";
 width: 36px;
 display: inline-block;
 position: absolute;
 top: 0;
 bottom: -1px;
 transition: box-shadow .2s var(--n-bezier);
 left: -36px;
 `)])]}function rr(e,t){let{paginatedDataRef:n,treeMateRef:r,selectionColumnRef:i}=t,a=U(e.defaultCheckedRowKeys),s=q(()=>{let{checkedRowKeys:t}=e,n=t===void 0?a.value:t;return i.value?.multiple===!1?{checkedKeys:n.slice(0,1),indeterminateKeys:[]}:r.value.getCheckedKeys(n,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded})}),c=q(()=>s.value.checkedKeys),l=q(()=>s.value.indeterminateKeys),u=q(()=>new Set(c.value)),d=q(()=>new Set(l.value)),f=q(()=>{let{value:e}=u;return n.value.reduce((t,n)=>{let{key:r,disabled:i}=n;return t+(!i&&e.has(r)?1:0)},0)}),p=q(()=>n.value.filter(e=>e.disabled).length),m=q(()=>{let{length:e}=n.value,{value:t}=d;return f.value>0&&f.value<e-p.value||n.value.some(e=>t.has(e.key))}),h=q(()=>{let{length:e}=n.value;return f.value!==0&&f.value===e-p.value}),g=q(()=>n.value.length===0);function _(t,n,i){let{"onUpdate:checkedRowKeys":s,onUpdateCheckedRowKeys:c,onCheckedRowKeysChange:l}=e,u=[],{value:{getNode:d}}=r;t.forEach(e=>{let t=d(e)?.rawNode;u.push(t)}),s&&o(s,t,u,{row:n,action:i}),c&&o(c,t,u,{row:n,action:i}),l&&o(l,t,u,{row:n,action:i}),a.value=t}function v(t,n=!1,i){e.loading||_(n?Array.isArray(t)?t.slice(0,1):[t]:r.value.check(t,c.value,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,i,`check`)}function y(t,n){e.loading||_(r.value.uncheck(t,c.value,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,n,`uncheck`)}function b(t=!1){let{value:a}=i;if(!a||e.loading)return;let o=[];(t?r.value.treeNodes:n.value).forEach(e=>{e.disabled||o.push(e.key)}),_(r.value.check(o,c.value,{cascade:!0,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,void 0,`checkAll`)}function x(t=!1){let{value:a}=i;if(!a||e.loading)return;let o=[];(t?r.value.treeNodes:n.value).forEach(e=>{e.disabled||o.push(e.key)}),_(r.value.uncheck(o,c.value,{cascade:!0,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,void 0,`uncheckAll`)}return{mergedCheckedRowKeySetRef:u,mergedCheckedRowKeysRef:c,mergedInderminateRowKeySetRef:d,someRowsCheckedRef:m,allRowsCheckedRef:h,headerCheckboxDisabledRef:g,doUpdateCheckedRowKeys:_,doCheckAll:b,doUncheckAll:x,doCheck:v,doUncheck:y}}function ir(e,t){let n=A(()=>{for(let t of e.columns)if(t.type===`expand`)return t.renderExpand}),r=A(()=>{let t;for(let n of e.columns)if(n.type===`expand`){t=n.expandable;break}return t}),i=U(e.defaultExpandAll?n?.value?(()=>{let e=[];return t.value.treeNodes.forEach(t=>{r.value?.(t.rawNode)&&e.push(t.key)}),e})():t.value.getNonLeafKeys():e.defaultExpandedRowKeys),a=Y(e,`expandedRowKeys`),s=Y(e,`stickyExpandedRows`),c=oe(a,i);function l(t){let{onUpdateExpandedRowKeys:n,"onUpdate:expandedRowKeys":r}=e;n&&o(n,t),r&&o(r,t),i.value=t}return{stickyExpandedRowsRef:s,mergedExpandedRowKeysRef:c,renderExpandRef:n,expandableRef:r,doUpdateExpandedRowKeys:l}}function ar(e,t){let n=[],r=[],i=[],a=new WeakMap,o=-1,s=0,c=!1,l=0;function u(e,a){a>o&&(n[a]=[],o=a),e.forEach(e=>{if(`children`in e)u(e.children,a+1);else{let n=`key`in e?e.key:void 0;r.push({key:en(e),style:an(e,n===void 0?void 0:B(t(n))),column:e,index:l++,width:e.width===void 0?128:Number(e.width)}),s+=1,c||=!!e.ellipsis,i.push(e)}})}u(e,0),l=0;function d(e,t){let r=0;e.forEach(e=>{if(`children`in e){let r=l,i={column:e,colIndex:l,colSpan:0,rowSpan:1,isLast:!1};d(e.children,t+1),e.children.forEach(e=>{i.colSpan+=a.get(e)?.colSpan??0}),r+i.colSpan===s&&(i.isLast=!0),a.set(e,i),n[t].push(i)}else{if(l<r){l+=1;return}let i=1;`titleColSpan`in e&&(i=e.titleColSpan??1),i>1&&(r=l+i);let c=l+i===s,u={column:e,colSpan:i,colIndex:l,rowSpan:o-t+1,isLast:c};a.set(e,u),n[t].push(u),l+=1}})}return d(e,0),{hasEllipsis:c,rows:n,cols:r,dataRelatedCols:i}}function or(e,t){let n=q(()=>ar(e.columns,t));return{rowsRef:q(()=>n.value.rows),colsRef:q(()=>n.value.cols),hasEllipsisRef:q(()=>n.value.hasEllipsis),dataRelatedColsRef:q(()=>n.value.dataRelatedCols)}}function sr(){let e=U({});function t(t){return e.value[t]}function n(t,n){ln(t)&&`key`in t&&(e.value[t.key]=n)}function r(){e.value={}}return{getResizableWidth:t,doUpdateResizableWidth:n,clearResizableWidth:r}}function cr(e,{mainTableInstRef:t,mergedCurrentPageRef:n,bodyWidthRef:r,maxHeightRef:i,mergedTableLayoutRef:a,mergedEmptyRef:o}){let s=q(()=>e.scrollX!==void 0||i.value!==void 0||e.flexHeight),c=q(()=>{let t=!s.value&&a.value===`auto`;return e.scrollX!==void 0||t}),l=0,u=U(),d=U(null),f=U([]),p=U(null),m=U([]),h=q(()=>B(e.scrollX)),g=q(()=>e.columns.filter(e=>e.fixed===`left`)),_=q(()=>e.columns.filter(e=>e.fixed===`right`)),v=q(()=>{let e={},t=0;function n(r){r.forEach(r=>{let i={start:t,end:0};e[en(r)]=i,`children`in r?(n(r.children),i.end=t):(t+=Qt(r)||0,i.end=t)})}return n(g.value),e}),y=q(()=>{let e={},t=0;function n(r){for(let i=r.length-1;i>=0;--i){let a=r[i],o={start:t,end:0};e[en(a)]=o,`children`in a?(n(a.children),o.end=t):(t+=Qt(a)||0,o.end=t)}}return n(_.value),e});function b(){let{value:e}=g,t=0,{value:n}=v,r=null;for(let i=0;i<e.length;++i){let a=en(e[i]);if(l>(n[a]?.start||0)-t)r=a,t=n[a]?.end||0;else break}d.value=r}function x(){f.value=[];let t=e.columns.find(e=>en(e)===d.value);for(;t&&`children`in t;){let e=t.children.length;if(e===0)break;let n=t.children[e-1];f.value.push(en(n)),t=n}}function S(){let{value:t}=_,n=Number(e.scrollX),{value:i}=r;if(i===null)return;let a=0,o=null,{value:s}=y;for(let e=t.length-1;e>=0;--e){let r=en(t[e]);if(Math.round(l+(s[r]?.start||0)+i-a)<n)o=r,a=s[r]?.end||0;else break}p.value=o}function C(){m.value=[];let t=e.columns.find(e=>en(e)===p.value);for(;t&&`children`in t&&t.children.length;){let e=t.children[0];m.value.push(en(e)),t=e}}function w(){return{header:t.value?t.value.getHeaderElement():null,body:t.value?t.value.getBodyElement():null}}function T(){let{body:e}=w();e&&(e.scrollTop=0)}function E(){u.value===`body`?u.value=void 0:ce(O,`head`)}function D(t){e.onScroll?.(t),u.value===`head`?u.value=void 0:ce(O,`body`)}function O(e){let{header:t,body:n}=w();if(!n)return;if(e===`layout`)t&&(t.scrollLeft=l),n.scrollLeft=l;else if(t){if(e===`head`)l=t.scrollLeft,n.scrollLeft=l,u.value=`head`;else if(e===`body`)l=n.scrollLeft,t.scrollLeft=l,u.value=`body`;else{let e=l-t.scrollLeft;u.value=e===0?`body`:`head`,u.value===`head`?(l=t.scrollLeft,n.scrollLeft=l):(l=n.scrollLeft,t.scrollLeft=l)}}else e!==`head`&&(l=n.scrollLeft);let{value:i}=r;i!==null&&(b(),x(),S(),C())}function k(e){let{header:t}=w();t&&(t.scrollLeft=e,l=e,O(`head`))}return xe(n,()=>{T()}),xe([()=>e.virtualScroll,o],()=>{be(()=>{O(`layout`)})}),{styleScrollXRef:h,fixedColumnLeftMapRef:v,fixedColumnRightMapRef:y,leftFixedColumnsRef:g,rightFixedColumnsRef:_,leftActiveFixedColKeyRef:d,leftActiveFixedChildrenColKeysRef:f,rightActiveFixedColKeyRef:p,rightActiveFixedChildrenColKeysRef:m,syncScrollState:O,handleTableBodyScroll:D,handleTableHeaderScroll:E,setHeaderScrollLeft:k,explicitlyScrollableRef:s,xScrollableRef:c}}function lr(e){return typeof e==`object`&&typeof e.multiple==`number`&&e.multiple}function ur(e,t){return t&&(e===void 0||e==="default"||typeof e==`object`&&e.compare==="default")?dr(t):typeof e==`function`?e:e&&typeof e==`object`&&e.compare&&e.compare!=="default"?e.compare:!1}function dr(e){return(t,n)=>{let r=t[e],i=n[e];return r==null?i==null?0:-1:i==null?1:typeof r==`number`&&typeof i==`number`?r-i:typeof r==`string`&&typeof i==`string`?r.localeCompare(i):0}}function fr(e,{dataRelatedColsRef:t,filteredDataRef:n}){let r=[];t.value.forEach(e=>{e.sorter!==void 0&&p(r,{columnKey:e.key,sorter:e.sorter,order:e.defaultSortOrder??!1})});let i=U(r),a=q(()=>{let e=t.value.filter(e=>e.type!==`selection`&&e.sorter!==void 0&&(e.sortOrder===`ascend`||e.sortOrder===`descend`||e.sortOrder===!1)),n=e.filter(e=>e.sortOrder!==!1);if(n.length)return n.map(e=>({columnKey:e.key,order:e.sortOrder,sorter:e.sorter}));if(e.length)return[];let{value:r}=i;return Array.isArray(r)?r:r?[r]:[]}),s=q(()=>{let e=a.value.slice().sort((e,t)=>{let n=lr(e.sorter)||0;return(lr(t.sorter)||0)-n});return e.length?n.value.slice().sort((t,n)=>{let r=0;return e.some(e=>{let{columnKey:i,sorter:a,order:o}=e,s=ur(a,i);return s&&o&&(r=s(t.rawNode,n.rawNode),r!==0)?(r*=nn(o),!0):!1}),r}):n.value});function c(e){let t=a.value.slice();return e&&lr(e.sorter)!==!1?(t=t.filter(e=>lr(e.sorter)!==!1),p(t,e),t):e||null}function l(e){u(c(e))}function u(t){let{"onUpdate:sorter":n,onUpdateSorter:r,onSorterChange:a}=e;n&&o(n,t),r&&o(r,t),a&&o(a,t),i.value=t}function d(e,n=`ascend`){if(!e)f();else{let r=t.value.find(t=>t.type!==`selection`&&t.type!==`expand`&&t.key===e);if(!r?.sorter)return;let i=r.sorter;l({columnKey:e,sorter:i,order:n})}}function f(){u(null)}function p(e,t){let n=e.findIndex(e=>t?.columnKey&&e.columnKey===t.columnKey);n!==void 0&&n>=0?e[n]=t:e.push(t)}return{clearSorter:f,sort:d,sortedDataRef:s,mergedSortStateRef:a,deriveNextSorter:l}}function pr(e,{dataRelatedColsRef:t}){let n=q(()=>{let t=e=>{for(let n=0;n<e.length;++n){let r=e[n];if(`children`in r)return t(r.children);if(r.type===`selection`)return r}return null};return t(e.columns)}),r=q(()=>{let{childrenKey:t}=e;return me(e.data,{ignoreEmptyChildren:!0,getKey:e.rowKey,getChildren:e=>e[t],getDisabled:e=>!!n.value?.disabled?.(e)})}),i=A(()=>{let{columns:t}=e,{length:n}=t,r=null;for(let e=0;e<n;++e){let n=t[e];if(!n.type&&r===null&&(r=e),`tree`in n&&n.tree)return e}return r||0}),a=U({}),{pagination:s}=e,c=U(s&&s.defaultPage||1),l=U(jt(s)),u=q(()=>{let e=t.value.filter(e=>e.filterOptionValues!==void 0||e.filterOptionValue!==void 0),n={};return e.forEach(e=>{e.type!==`selection`&&e.type!==`expand`&&(e.filterOptionValues===void 0?n[e.key]=e.filterOptionValue??null:n[e.key]=e.filterOptionValues)}),Object.assign(tn(a.value),n)}),d=q(()=>{let t=u.value,{columns:n}=e;function i(e){return(t,n)=>!!~String(n[e]).indexOf(String(t))}let{value:{treeNodes:a}}=r,o=[];return n.forEach(e=>{e.type===`selection`||e.type===`expand`||`children`in e||o.push([e.key,e])}),a?a.filter(e=>{let{rawNode:n}=e;for(let[e,r]of o){let a=t[e];if(a==null||(Array.isArray(a)||(a=[a]),!a.length))continue;let o=r.filter==="default"?i(e):r.filter;if(r&&typeof o==`function`){if(r.filterMode===`and`){if(a.some(e=>!o(e,n)))return!1}else if(a.some(e=>o(e,n)))continue;else return!1}}return!0}):[]}),{sortedDataRef:f,deriveNextSorter:p,mergedSortStateRef:m,sort:h,clearSorter:g}=fr(e,{dataRelatedColsRef:t,filteredDataRef:d});t.value.forEach(e=>{if(e.filter){let t=e.defaultFilterOptionValues;e.filterMultiple?a.value[e.key]=t||[]:t===void 0?a.value[e.key]=e.defaultFilterOptionValue??null:a.value[e.key]=t===null?[]:t}});let _=q(()=>{let{pagination:t}=e;if(t!==!1)return t.page}),v=q(()=>{let{pagination:t}=e;if(t!==!1)return t.pageSize}),y=oe(_,c),b=oe(v,l),x=A(()=>{let t=y.value;return e.remote?t:Math.max(1,Math.min(Math.ceil(d.value.length/b.value),t))}),S=q(()=>{let{pagination:t}=e;if(t){let{pageCount:e}=t;if(e!==void 0)return e}}),C=q(()=>{if(e.remote)return r.value.treeNodes;if(!e.pagination)return f.value;let t=b.value,n=(x.value-1)*t;return f.value.slice(n,n+t)}),w=q(()=>C.value.map(e=>e.rawNode)),T=q(()=>f.value.map(e=>e.rawNode));function E(t){let{pagination:n}=e;if(n){let{onChange:e,"onUpdate:page":r,onUpdatePage:i}=n;e&&o(e,t),i&&o(i,t),r&&o(r,t),j(t)}}function D(t){let{pagination:n}=e;if(n){let{onPageSizeChange:e,"onUpdate:pageSize":r,onUpdatePageSize:i}=n;e&&o(e,t),i&&o(i,t),r&&o(r,t),M(t)}}let O=q(()=>{if(e.remote){let{pagination:t}=e;if(t){let{itemCount:e}=t;if(e!==void 0)return e}}else return d.value.length}),k=q(()=>({...e.pagination,onChange:void 0,onUpdatePage:void 0,onUpdatePageSize:void 0,onPageSizeChange:void 0,"onUpdate:page":E,"onUpdate:pageSize":D,page:x.value,pageSize:b.value,pageCount:O.value===void 0?S.value:void 0,itemCount:O.value}));function j(t){let{"onUpdate:page":n,onPageChange:r,onUpdatePage:i}=e;i&&o(i,t),n&&o(n,t),r&&o(r,t),c.value=t}function M(t){let{"onUpdate:pageSize":n,onPageSizeChange:r,onUpdatePageSize:i}=e;r&&o(r,t),i&&o(i,t),n&&o(n,t),l.value=t}function N(t,n){let{onUpdateFilters:r,"onUpdate:filters":i,onFiltersChange:s}=e;r&&o(r,t,n),i&&o(i,t,n),s&&o(s,t,n),a.value=t}function P(t,n,r,i){e.onUnstableColumnResize?.(t,n,r,i)}function ee(e){j(e)}function F(){I()}function I(){L({})}function L(e){R(e)}function R(e){e?e&&(a.value=tn(e)):a.value={}}return{treeMateRef:r,mergedCurrentPageRef:x,mergedPaginationRef:k,paginatedDataRef:C,rawPaginatedDataRef:w,rawSortedDataRef:T,mergedFilterStateRef:u,mergedSortStateRef:m,hoverKeyRef:U(null),selectionColumnRef:n,childTriggerColIndexRef:i,doUpdateFilters:N,deriveNextSorter:p,doUpdatePageSize:M,doUpdatePage:j,onUnstableColumnResize:P,filter:R,filters:L,clearFilter:F,clearFilters:I,clearSorter:g,page:ee,sort:h}}var mr=Z({name:`DataTable`,alias:[`AdvancedTable`],props:Ut,slots:Object,setup(e,{slots:t}){let{mergedBorderedRef:n,mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedRtlRef:a,mergedComponentPropsRef:o}=N(e),s=E(`DataTable`,a,r),l=q(()=>e.size||o?.value?.DataTable?.size||`medium`),u=q(()=>{let{bottomBordered:t}=e;return n.value?!1:t===void 0||t}),d=h(`DataTable`,`-data-table`,tr,Ht,e,r),f=U(null),p=U(null),{getResizableWidth:m,clearResizableWidth:g,doUpdateResizableWidth:v}=sr(),{rowsRef:y,colsRef:b,dataRelatedColsRef:x,hasEllipsisRef:S}=or(e,m),{treeMateRef:C,mergedCurrentPageRef:w,paginatedDataRef:T,rawPaginatedDataRef:D,rawSortedDataRef:O,selectionColumnRef:k,hoverKeyRef:A,mergedPaginationRef:j,mergedFilterStateRef:M,mergedSortStateRef:P,childTriggerColIndexRef:ee,doUpdatePage:F,doUpdateFilters:I,onUnstableColumnResize:L,deriveNextSorter:R,filter:z,filters:ne,clearFilter:re,clearFilters:ie,clearSorter:B,page:V,sort:H}=pr(e,{dataRelatedColsRef:x}),oe=q(()=>T.value.length===0),se=t=>{let{fileName:n=`data.csv`,keepOriginalData:r=!1}=t||{},i=r?e.data:D.value,a=hn(e.columns,i,e.getCsvCell,e.getCsvHeader),o=new Blob([a],{type:`text/csv;charset=utf-8`}),s=URL.createObjectURL(o);Xe(s,n.endsWith(`.csv`)?n:`${n}.csv`),URL.revokeObjectURL(s)},{doCheckAll:ce,doUncheckAll:le,doCheck:ue,doUncheck:de,headerCheckboxDisabledRef:fe,someRowsCheckedRef:pe,allRowsCheckedRef:me,mergedCheckedRowKeySetRef:he,mergedInderminateRowKeySetRef:ge}=rr(e,{selectionColumnRef:k,treeMateRef:C,paginatedDataRef:T}),{stickyExpandedRowsRef:W,mergedExpandedRowKeysRef:_e,renderExpandRef:ye,expandableRef:be,doUpdateExpandedRowKeys:xe}=ir(e,C),Se=Y(e,`maxHeight`),G=q(()=>e.virtualScroll||e.flexHeight||e.maxHeight!==void 0||S.value?`fixed`:e.tableLayout),{handleTableBodyScroll:Ce,handleTableHeaderScroll:K,syncScrollState:we,setHeaderScrollLeft:Te,leftActiveFixedColKeyRef:J,leftActiveFixedChildrenColKeysRef:X,rightActiveFixedColKeyRef:Z,rightActiveFixedChildrenColKeysRef:Q,leftFixedColumnsRef:Ee,rightFixedColumnsRef:$,fixedColumnLeftMapRef:De,fixedColumnRightMapRef:Oe,xScrollableRef:ke,explicitlyScrollableRef:Ae}=cr(e,{bodyWidthRef:f,mainTableInstRef:p,mergedCurrentPageRef:w,maxHeightRef:Se,mergedTableLayoutRef:G,mergedEmptyRef:oe}),{localeRef:je}=ae(`DataTable`);ve(Wt,{xScrollableRef:ke,explicitlyScrollableRef:Ae,props:e,treeMateRef:C,renderExpandIconRef:Y(e,`renderExpandIcon`),loadingKeySetRef:U(new Set),slots:t,indentRef:Y(e,`indent`),childTriggerColIndexRef:ee,bodyWidthRef:f,componentId:te(),hoverKeyRef:A,mergedClsPrefixRef:r,mergedThemeRef:d,scrollXRef:q(()=>e.scrollX),rowsRef:y,colsRef:b,paginatedDataRef:T,leftActiveFixedColKeyRef:J,leftActiveFixedChildrenColKeysRef:X,rightActiveFixedColKeyRef:Z,rightActiveFixedChildrenColKeysRef:Q,leftFixedColumnsRef:Ee,rightFixedColumnsRef:$,fixedColumnLeftMapRef:De,fixedColumnRightMapRef:Oe,mergedCurrentPageRef:w,someRowsCheckedRef:pe,allRowsCheckedRef:me,mergedSortStateRef:P,mergedFilterStateRef:M,loadingRef:Y(e,`loading`),rowClassNameRef:Y(e,`rowClassName`),mergedCheckedRowKeySetRef:he,mergedExpandedRowKeysRef:_e,mergedInderminateRowKeySetRef:ge,localeRef:je,expandableRef:be,stickyExpandedRowsRef:W,rowKeyRef:Y(e,`rowKey`),renderExpandRef:ye,summaryRef:Y(e,`summary`),virtualScrollRef:Y(e,`virtualScroll`),virtualScrollXRef:Y(e,`virtualScrollX`),heightForRowRef:Y(e,`heightForRow`),minRowHeightRef:Y(e,`minRowHeight`),virtualScrollHeaderRef:Y(e,`virtualScrollHeader`),headerHeightRef:Y(e,`headerHeight`),rowPropsRef:Y(e,`rowProps`),stripedRef:Y(e,`striped`),checkOptionsRef:q(()=>{let{value:e}=k;return e?.options}),rawPaginatedDataRef:D,filterMenuCssVarsRef:q(()=>{let{self:{actionDividerColor:e,actionPadding:t,actionButtonMargin:n}}=d.value;return{"--n-action-padding":t,"--n-action-button-margin":n,"--n-action-divider-color":e}}),onLoadRef:Y(e,`onLoad`),mergedTableLayoutRef:G,maxHeightRef:Se,minHeightRef:Y(e,`minHeight`),flexHeightRef:Y(e,`flexHeight`),headerCheckboxDisabledRef:fe,paginationBehaviorOnFilterRef:Y(e,`paginationBehaviorOnFilter`),summaryPlacementRef:Y(e,`summaryPlacement`),filterIconPopoverPropsRef:Y(e,`filterIconPopoverProps`),scrollbarPropsRef:Y(e,`scrollbarProps`),syncScrollState:we,doUpdatePage:F,doUpdateFilters:I,getResizableWidth:m,onUnstableColumnResize:L,clearResizableWidth:g,doUpdateResizableWidth:v,deriveNextSorter:R,doCheck:ue,doUncheck:de,doCheckAll:ce,doUncheckAll:le,doUpdateExpandedRowKeys:xe,handleTableHeaderScroll:K,handleTableBodyScroll:Ce,setHeaderScrollLeft:Te,renderCell:Y(e,`renderCell`)});let Me={filter:z,filters:ne,clearFilters:ie,clearSorter:B,page:V,sort:H,clearFilter:re,downloadCsv:se,scrollTo:(e,t)=>{p.value?.scrollTo(e,t)},getFilteredAndSortedData:()=>O.value,getCurrentPageData:()=>D.value},Ne=q(()=>{let e=l.value,{common:{cubicBezierEaseInOut:t},self:{borderColor:n,tdColorHover:r,tdColorSorting:i,tdColorSortingModal:a,tdColorSortingPopover:o,thColorSorting:s,thColorSortingModal:u,thColorSortingPopover:f,thColor:p,thColorHover:m,tdColor:h,tdTextColor:g,thTextColor:_,thFontWeight:v,thButtonColorHover:y,thIconColor:b,thIconColorActive:x,filterSize:S,borderRadius:C,lineHeight:w,tdColorModal:T,thColorModal:E,borderColorModal:D,thColorHoverModal:O,tdColorHoverModal:k,borderColorPopover:A,thColorPopover:j,tdColorPopover:M,tdColorHoverPopover:N,thColorHoverPopover:P,paginationMargin:ee,emptyPadding:F,boxShadowAfter:I,boxShadowBefore:L,sorterSize:R,resizableContainerSize:te,resizableSize:z,loadingColor:ne,loadingSize:re,opacityLoading:ie,tdColorStriped:B,tdColorStripedModal:V,tdColorStripedPopover:H,[c(`fontSize`,e)]:ae,[c(`thPadding`,e)]:oe,[c(`tdPadding`,e)]:se}}=d.value;return{"--n-font-size":ae,"--n-th-padding":oe,"--n-td-padding":se,"--n-bezier":t,"--n-border-radius":C,"--n-line-height":w,"--n-border-color":n,"--n-border-color-modal":D,"--n-border-color-popover":A,"--n-th-color":p,"--n-th-color-hover":m,"--n-th-color-modal":E,"--n-th-color-hover-modal":O,"--n-th-color-popover":j,"--n-th-color-hover-popover":P,"--n-td-color":h,"--n-td-color-hover":r,"--n-td-color-modal":T,"--n-td-color-hover-modal":k,"--n-td-color-popover":M,"--n-td-color-hover-popover":N,"--n-th-text-color":_,"--n-td-text-color":g,"--n-th-font-weight":v,"--n-th-button-color-hover":y,"--n-th-icon-color":b,"--n-th-icon-color-active":x,"--n-filter-size":S,"--n-pagination-margin":ee,"--n-empty-padding":F,"--n-box-shadow-before":L,"--n-box-shadow-after":I,"--n-sorter-size":R,"--n-resizable-container-size":te,"--n-resizable-size":z,"--n-loading-size":re,"--n-loading-color":ne,"--n-opacity-loading":ie,"--n-td-color-striped":B,"--n-td-color-striped-modal":V,"--n-td-color-striped-popover":H,"--n-td-color-sorting":i,"--n-td-color-sorting-modal":a,"--n-td-color-sorting-popover":o,"--n-th-color-sorting":s,"--n-th-color-sorting-modal":u,"--n-th-color-sorting-popover":f}}),Pe=i?_(`data-table`,q(()=>l.value[0]),Ne,e):void 0;return{mainTableInstRef:p,mergedClsPrefix:r,rtlEnabled:s,mergedTheme:d,paginatedData:T,mergedBordered:n,mergedBottomBordered:u,mergedPagination:j,mergedShowPagination:q(()=>{if(!e.pagination)return!1;if(e.paginateSinglePage)return!0;let t=j.value,{pageCount:n}=t;return n===void 0?t.itemCount&&t.pageSize&&t.itemCount>t.pageSize:n>1}),cssVars:i?void 0:Ne,themeClass:Pe?.themeClass,onRender:Pe?.onRender,mergedEmpty:oe,...Me}},render(){let{mergedClsPrefix:e,themeClass:t,onRender:n,$slots:r,spinProps:o}=this;return n?.(),W(),J(`div`,{class:I([`${e}-data-table`,this.rtlEnabled&&`${e}-data-table--rtl`,t,{[`${e}-data-table--bordered`]:this.mergedBordered,[`${e}-data-table--bottom-bordered`]:this.mergedBottomBordered,[`${e}-data-table--single-line`]:this.singleLine,[`${e}-data-table--single-column`]:this.singleColumn,[`${e}-data-table--loading`]:this.loading,[`${e}-data-table--flex-height`]:this.flexHeight,[`${e}-data-table--empty`]:this.mergedEmpty}]),style:$(this.cssVars)},[X(`div`,{class:I(`${e}-data-table-wrapper`)},[Ce($n,{ref:`mainTableInstRef`},null,512)],2),this.mergedShowPagination?(W(),J(`div`,{key:0,class:I(`${e}-data-table__pagination`)},[(W(),G(Rt,Q({theme:this.mergedTheme.peers.Pagination,themeOverrides:this.mergedTheme.peerOverrides.Pagination,disabled:this.loading},this.mergedPagination),null,16,[`theme`,`themeOverrides`,`disabled`]))],2)):l(()=>null),Ce(i,{name:`fade-in-scale-up-transition`},{default:()=>this.loading?(W(),J(`div`,{key:1,class:I(`${e}-data-table-loading-wrapper`)},[l(()=>a(r.loading,()=>[(W(),G(P,Q({clsPrefix:e,strokeWidth:20},o),null,16,[`clsPrefix`]))]))],2)):null},1024)],6)}});export{Tt as a,St as c,Et as i,Xe as l,Cn as n,wt as o,Xt as r,Ct as s,mr as t};