import{A as e,C as t,E as n,F as r,Ft as i,G as a,H as o,It as s,J as c,K as l,L as u,M as d,Mt as f,N as p,Nt as m,O as h,Ot as g,P as _,Pt as v,Q as y,R as b,T as x,V as S,Y as C,b as w,f as T,i as E,j as D,jt as O,k,kt as A,l as j,q as M,s as N,t as P,u as F,z as I,zt as L}from"./Button-DA5Pq1uX.js";import{t as ee}from"./use-locale-D8iZbWIF.js";import{F as R,N as z,P as te,S as ne,a as B,b as re,c as V,r as ie,s as ae}from"./event-C7eE8ke6.js";import{$ as H,K as oe,N as U,O as se,P as ce,S as W,T as le,U as ue,W as de,d as G,g as fe,i as K,j as pe,k as me,l as q,p as J,rt as Y,u as X,v as Z,w as Q,x as he,xt as $}from"./runtime-core.esm-bundler-DolcaMW8.js";import{i as ge,n as _e,t as ve}from"./Input-DcDWXfeT.js";import{_ as ye,b as be,g as xe,m as Se,v as Ce,x as we,y as Te}from"./index-BRsNSHuq.js";import{a as Ee,c as De,i as Oe,n as ke,r as Ae,s as je,t as Me}from"./Select-CPHs9gqy.js";import{C as Ne,D as Pe,E as Fe,S as Ie,T as Le,b as Re,j as ze,k as Be,m as Ve,w as He,x as Ue}from"./api-D6YFq2Gd.js";import{a as We,i as Ge}from"./DataState-2t0D1CYd.js";import{f as Ke,g as qe,p as Je}from"./format-NKKmmQ9w.js";import{t as Ye}from"./get-DbvvkuEF.js";function Xe(e,t){if(!e)return;let n=document.createElement(`a`);n.href=e,t!==void 0&&(n.download=t),document.body.appendChild(n),n.click(),document.body.removeChild(n)}var Ze={sizeSmall:`14px`,sizeMedium:`16px`,sizeLarge:`18px`,labelPadding:`0 8px`,labelFontWeight:`400`};function Qe(e){let{baseColor:t,inputColorDisabled:n,cardColor:r,modalColor:i,popoverColor:a,textColorDisabled:o,borderColor:s,primaryColor:c,textColor2:l,fontSizeSmall:u,fontSizeMedium:d,fontSizeLarge:f,borderRadiusSmall:p,lineHeight:m}=e;return{...Ze,labelLineHeight:m,fontSizeSmall:u,fontSizeMedium:d,fontSizeLarge:f,borderRadius:p,color:t,colorChecked:c,colorDisabled:n,colorDisabledChecked:n,colorTableHeader:r,colorTableHeaderModal:i,colorTableHeaderPopover:a,checkMarkColor:t,checkMarkColorDisabled:o,checkMarkColorDisabledChecked:o,border:`1px solid ${s}`,borderDisabled:`1px solid ${s}`,borderDisabledChecked:`1px solid ${s}`,borderChecked:`1px solid ${c}`,borderFocus:`1px solid ${c}`,boxShadowFocus:`0 0 0 2px ${_(c,{alpha:.3})}`,textColor:l,textColorDisabled:o}}var $e={name:`Checkbox`,common:p,self:Qe},et=()=>(()=>{let e=u(`75be776d8875fa17`);return e[0]||=X(`svg`,{viewBox:`0 0 64 64`,class:`check-icon`},[X(`path`,{d:`M50.42,16.76L22.34,39.45l-8.1-11.46c-1.12-1.58-3.3-1.96-4.88-0.84c-1.58,1.12-1.95,3.3-0.84,4.88l10.26,14.51  c0.56,0.79,1.42,1.31,2.38,1.45c0.16,0.02,0.32,0.03,0.48,0.03c0.8,0,1.57-0.27,2.2-0.78l30.99-25.03c1.5-1.21,1.74-3.42,0.52-4.92  C54.13,15.78,51.93,15.55,50.42,16.76z`})],-1)})(),tt=()=>(()=>{let e=u(`c6eed899356c8404`);return e[0]||=X(`svg`,{viewBox:`0 0 100 100`,class:`line-icon`},[X(`path`,{d:`M80.2,55.5H21.4c-2.8,0-5.1-2.5-5.1-5.5l0,0c0-3,2.3-5.5,5.1-5.5h58.7c2.8,0,5.1,2.5,5.1,5.5l0,0C85.2,53.1,82.9,55.5,80.2,55.5z`})],-1)})(),nt=g([A(`checkbox`,`
 font-size: var(--n-font-size);
 outline: none;
 cursor: pointer;
 display: inline-flex;
 flex-wrap: nowrap;
 align-items: flex-start;
 word-break: break-word;
 line-height: var(--n-size);
 --n-merged-color-table: var(--n-color-table);
 `,[f(`show-label`,`line-height: var(--n-label-line-height);`),g(`&:hover`,[A(`checkbox-box`,[O(`border`,`border: var(--n-border-checked);`)])]),g(`&:focus:not(:active)`,[A(`checkbox-box`,[O(`border`,`
 border: var(--n-border-focus);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),f(`inside-table`,[A(`checkbox-box`,`
 background-color: var(--n-merged-color-table);
 `)]),f(`checked`,[A(`checkbox-box`,`
 background-color: var(--n-color-checked);
 `,[A(`checkbox-icon`,[g(`.check-icon`,`
 opacity: 1;
 transform: scale(1);
 `)])])]),f(`indeterminate`,[A(`checkbox-box`,[A(`checkbox-icon`,[g(`.check-icon`,`
 opacity: 0;
 transform: scale(.5);
 `),g(`.line-icon`,`
 opacity: 1;
 transform: scale(1);
 `)])])]),f(`checked, indeterminate`,[g(`&:focus:not(:active)`,[A(`checkbox-box`,[O(`border`,`
 border: var(--n-border-checked);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),A(`checkbox-box`,`
 background-color: var(--n-color-checked);
 border-left: 0;
 border-top: 0;
 `,[O(`border`,{border:`var(--n-border-checked)`})])]),f(`disabled`,{cursor:`not-allowed`},[f(`checked`,[A(`checkbox-box`,`
 background-color: var(--n-color-disabled-checked);
 `,[O(`border`,{border:`var(--n-border-disabled-checked)`}),A(`checkbox-icon`,[g(`.check-icon, .line-icon`,{fill:`var(--n-check-mark-color-disabled-checked)`})])])]),A(`checkbox-box`,`
 background-color: var(--n-color-disabled);
 `,[O(`border`,`
 border: var(--n-border-disabled);
 `),A(`checkbox-icon`,[g(`.check-icon, .line-icon`,`
 fill: var(--n-check-mark-color-disabled);
 `)])]),O(`label`,`
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
 `,[O(`border`,`
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
 `,[g(`.check-icon, .line-icon`,`
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
 `),j({left:`1px`,top:`1px`})])]),O(`label`,`
 color: var(--n-text-color);
 transition: color .3s var(--n-bezier);
 user-select: none;
 -webkit-user-select: none;
 padding: var(--n-label-padding);
 font-weight: var(--n-label-font-weight);
 `,[g(`&:empty`,{display:`none`})])]),i(A(`checkbox`,`
 --n-merged-color-table: var(--n-color-table-modal);
 `)),s(A(`checkbox`,`
 --n-merged-color-table: var(--n-color-table-popover);
 `))]),rt=[`id`],it=[`tabindex`,`aria-checked`,`aria-labelledby`,`onKeyup`,`onKeydown`,`onClick`],at={...D.props,size:String,checked:{type:[Boolean,String,Number],default:void 0},defaultChecked:{type:[Boolean,String,Number],default:!1},value:[String,Number],disabled:{type:Boolean,default:void 0},indeterminate:Boolean,label:String,focusable:{type:Boolean,default:!0},checkedValue:{type:[Boolean,String,Number],default:!0},uncheckedValue:{type:[Boolean,String,Number],default:!1},"onUpdate:checked":[Function,Array],onUpdateChecked:[Function,Array],privateInsideTable:Boolean,onChange:[Function,Array]},ot=Z({name:`Checkbox`,props:at,setup(e){let t=W(st,null),r=H(null),{mergedClsPrefixRef:i,inlineThemeDisabled:a,mergedRtlRef:o,mergedComponentPropsRef:s}=l(e),c=H(e.defaultChecked),u=Y(e,`checked`),f=Ue(u,c),p=h(()=>{if(t){let n=t.valueSetRef.value;return n&&e.value!==void 0?n.has(e.value):!1}return f.value===e.checkedValue}),m=T(e,{mergedSize(n){let{size:r}=e;if(r!==void 0)return r;if(t){let{value:e}=t.mergedSizeRef;if(e!==void 0)return e}if(n){let{mergedSize:e}=n;if(e!==void 0)return e.value}return s?.value?.Checkbox?.size||`medium`},mergedDisabled(n){let{disabled:r}=e;if(r!==void 0)return r;if(t){if(t.disabledRef.value)return!0;let{maxRef:{value:e},checkedCountRef:n}=t;if(e!==void 0&&n.value>=e&&!p.value)return!0;let{minRef:{value:r}}=t;if(r!==void 0&&n.value<=r&&p.value)return!0}return n?n.disabled.value:!1}}),{mergedDisabledRef:g,mergedSizeRef:_}=m,y=D(`Checkbox`,`-checkbox`,nt,$e,e,i);function b(r){if(t&&e.value!==void 0)t.toggleCheckbox(!p.value,e.value);else{let{onChange:t,"onUpdate:checked":i,onUpdateChecked:a}=e,{nTriggerFormInput:o,nTriggerFormChange:s}=m,l=p.value?e.uncheckedValue:e.checkedValue;i&&n(i,l,r),a&&n(a,l,r),t&&n(t,l,r),o(),s(),c.value=l}}function x(e){g.value||b(e)}function S(e){if(!g.value)switch(e.key){case` `:case`Enter`:b(e)}}function C(e){e.key===` `&&e.preventDefault()}let E={focus:()=>{r.value?.focus()},blur:()=>{r.value?.blur()}},O=w(`Checkbox`,o,i),k=q(()=>{let{value:e}=_,{common:{cubicBezierEaseInOut:t},self:{borderRadius:n,color:r,colorChecked:i,colorDisabled:a,colorTableHeader:o,colorTableHeaderModal:s,colorTableHeaderPopover:c,checkMarkColor:l,checkMarkColorDisabled:u,border:d,borderFocus:f,borderDisabled:p,borderChecked:m,boxShadowFocus:h,textColor:g,textColorDisabled:b,checkMarkColorDisabledChecked:x,colorDisabledChecked:S,borderDisabledChecked:C,labelPadding:w,labelLineHeight:T,labelFontWeight:E,[v(`fontSize`,e)]:D,[v(`size`,e)]:O}}=y.value;return{"--n-label-line-height":T,"--n-label-font-weight":E,"--n-size":O,"--n-bezier":t,"--n-border-radius":n,"--n-border":d,"--n-border-checked":m,"--n-border-focus":f,"--n-border-disabled":p,"--n-border-disabled-checked":C,"--n-box-shadow-focus":h,"--n-color":r,"--n-color-checked":i,"--n-color-table":o,"--n-color-table-modal":s,"--n-color-table-popover":c,"--n-color-disabled":a,"--n-color-disabled-checked":S,"--n-text-color":g,"--n-text-color-disabled":b,"--n-check-mark-color":l,"--n-check-mark-color-disabled":u,"--n-check-mark-color-disabled-checked":x,"--n-font-size":D,"--n-label-padding":w}}),A=a?d(`checkbox`,q(()=>_.value[0]),k,e):void 0;return Object.assign(m,E,{rtlEnabled:O,selfRef:r,mergedClsPrefix:i,mergedDisabled:g,renderedChecked:p,mergedTheme:y,labelId:Le(),handleClick:x,handleKeyUp:S,handleKeyDown:C,cssVars:a?void 0:k,themeClass:A?.themeClass,onRender:A?.onRender})},render(){let{$slots:e,renderedChecked:t,mergedDisabled:n,indeterminate:r,privateInsideTable:i,cssVars:a,labelId:o,label:s,mergedClsPrefix:c,focusable:l,handleKeyUp:d,handleKeyDown:f,handleClick:p}=this;this.onRender?.();let m=x(e.default,e=>s||e?(U(),J(`span`,{key:1,class:b(`${c}-checkbox__label`),id:o},[S(()=>s||e)],10,rt)):null);return(()=>{let e=u(`70be6e74cd27cb50`);return U(),J(`div`,{ref:`selfRef`,class:b([`${c}-checkbox`,this.themeClass,this.rtlEnabled&&`${c}-checkbox--rtl`,t&&`${c}-checkbox--checked`,n&&`${c}-checkbox--disabled`,r&&`${c}-checkbox--indeterminate`,i&&`${c}-checkbox--inside-table`,m&&`${c}-checkbox--show-label`]),tabindex:n||!l?void 0:0,role:`checkbox`,"aria-checked":r?`mixed`:t,"aria-labelledby":o,style:$(a),onKeyup:d,onKeydown:f,onClick:p,onMousedown:e[0]||=()=>{Ne(`selectstart`,window,e=>{e.preventDefault()},{once:!0})}},[X(`div`,{class:b(`${c}-checkbox-box-wrapper`)},[e[1]||=S(`\xA0`,-1),X(`div`,{class:b(`${c}-checkbox-box`)},[fe(F,null,{default:()=>this.indeterminate?(U(),J(`div`,{key:`indeterminate`,class:b(`${c}-checkbox-icon`)},[S(()=>tt())],2)):(U(),J(`div`,{key:`check`,class:b(`${c}-checkbox-icon`)},[S(()=>et())],2))},1024),X(`div`,{class:b(`${c}-checkbox-box__border`)},null,2)],2)],2),S(()=>m)],46,it)})()}}),st=C(`n-checkbox-group`),ct=Z({name:`CheckboxGroup`,props:{min:Number,max:Number,size:String,options:Array,labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},value:Array,defaultValue:{type:Array,default:null},disabled:{type:Boolean,default:void 0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],onChange:[Function,Array]},setup(e){let{mergedClsPrefixRef:t}=l(e),r=T(e),{mergedSizeRef:i,mergedDisabledRef:a}=r,o=H(e.defaultValue),s=q(()=>e.value),c=Ue(s,o),u=q(()=>c.value?.length||0),d=q(()=>Array.isArray(c.value)?new Set(c.value):new Set);function f(t,i){let{nTriggerFormInput:a,nTriggerFormChange:s}=r,{onChange:l,"onUpdate:value":u,onUpdateValue:d}=e;if(Array.isArray(c.value)){let e=Array.from(c.value),r=e.findIndex(e=>e===i);t?~r||(e.push(i),d&&n(d,e,{actionType:`check`,value:i}),u&&n(u,e,{actionType:`check`,value:i}),a(),s(),o.value=e,l&&n(l,e)):~r&&(e.splice(r,1),d&&n(d,e,{actionType:`uncheck`,value:i}),u&&n(u,e,{actionType:`uncheck`,value:i}),l&&n(l,e),o.value=e,a(),s())}else t?(d&&n(d,[i],{actionType:`check`,value:i}),u&&n(u,[i],{actionType:`check`,value:i}),l&&n(l,[i]),o.value=[i],a(),s()):(d&&n(d,[],{actionType:`uncheck`,value:i}),u&&n(u,[],{actionType:`uncheck`,value:i}),l&&n(l,[]),o.value=[],a(),s())}return ce(st,{checkedCountRef:u,maxRef:Y(e,`max`),minRef:Y(e,`min`),valueSetRef:d,disabledRef:a,mergedSizeRef:i,toggleCheckbox:f}),{mergedClsPrefix:t}},render(){let{options:e,labelField:t,valueField:n}=this.$props;return U(),J(`div`,{class:b(`${this.mergedClsPrefix}-checkbox-group`),role:`group`},[e?(U(),J(K,{key:0},[S(()=>e.map(e=>{let r=e[n];return U(),G(ot,{key:r,value:r,disabled:e.disabled,label:e[t]},null,8,[`value`,`disabled`,`label`])}))],64)):(U(),J(K,{key:1},[S(()=>this.$slots.default?.())],64))],2)}});function lt(e){let{boxShadow2:t}=e;return{menuBoxShadow:t}}var ut=e({name:`Popselect`,common:p,peers:{Popover:z,InternalSelectMenu:De},self:lt}),dt=C(`n-popselect`),ft=A(`popselect-menu`,`
 box-shadow: var(--n-menu-box-shadow);
`),pt={multiple:Boolean,value:{type:[String,Number,Array],default:null},cancelable:Boolean,options:{type:Array,default:()=>[]},size:String,scrollable:Boolean,"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],onMouseenter:Function,onMouseleave:Function,renderLabel:Function,showCheckmark:{type:Boolean,default:void 0},nodeProps:Function,virtualScroll:Boolean,onChange:[Function,Array]},mt=ze(pt),ht=Z({name:`PopselectPanel`,props:pt,setup(e){let t=W(dt),{mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedComponentPropsRef:a}=l(e),o=q(()=>e.size||a?.value?.Popselect?.size||`medium`),s=D(`Popselect`,`-pop-select`,ft,ut,t.props,r),c=q(()=>ie(e.options,Ae(`value`,`children`)));function u(t,r){let{onUpdateValue:i,"onUpdate:value":a,onChange:o}=e;i&&n(i,t,r),a&&n(a,t,r),o&&n(o,t,r)}function f(e){m(e.key)}function p(e){te(e,`action`)||te(e,`empty`)||te(e,`header`)||e.preventDefault()}function m(r){let{value:{getNode:i}}=c;if(e.multiple){if(Array.isArray(e.value)){let t=[],n=[],a=!0;e.value.forEach(e=>{if(e===r){a=!1;return}let o=i(e);o&&(t.push(o.key),n.push(o.rawNode))}),a&&(t.push(r),n.push(i(r).rawNode)),u(t,n)}else{let e=i(r);e&&u([r],[e.rawNode])}}else if(e.value===r&&e.cancelable)u(null,null);else{let e=i(r);e&&u(r,e.rawNode);let{"onUpdate:show":a,onUpdateShow:o}=t.props;a&&n(a,!1),o&&n(o,!1),t.setShow(!1)}le(()=>{t.syncPosition()})}ue(Y(e,`options`),()=>{le(()=>{t.syncPosition()})});let h=q(()=>{let{self:{menuBoxShadow:e}}=s.value;return{"--n-menu-box-shadow":e}}),g=i?d(`select`,void 0,h,t.props):void 0;return{mergedTheme:t.mergedThemeRef,mergedClsPrefix:r,treeMate:c,handleToggle:f,handleMenuMousedown:p,cssVars:i?void 0:h,themeClass:g?.themeClass,onRender:g?.onRender,mergedSize:o,scrollbarProps:t.props.scrollbarProps}},render(){return this.onRender?.(),U(),G(Oe,{clsPrefix:this.mergedClsPrefix,focusable:!0,nodeProps:this.nodeProps,class:b([`${this.mergedClsPrefix}-popselect-menu`,this.themeClass]),style:$(this.cssVars),theme:this.mergedTheme.peers.InternalSelectMenu,themeOverrides:this.mergedTheme.peerOverrides.InternalSelectMenu,multiple:this.multiple,treeMate:this.treeMate,size:this.mergedSize,value:this.value,virtualScroll:this.virtualScroll,scrollable:this.scrollable,scrollbarProps:this.scrollbarProps,renderLabel:this.renderLabel,onToggle:this.handleToggle,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseenter,onMousedown:this.handleMenuMousedown,showCheckmark:this.showCheckmark},{_:1,header:I(()=>this.$slots.header?.()||[]),action:I(()=>this.$slots.action?.()||[]),empty:I(()=>this.$slots.empty?.()||[])},8,[`clsPrefix`,`nodeProps`,`class`,`style`,`theme`,`themeOverrides`,`multiple`,`treeMate`,`size`,`value`,`virtualScroll`,`scrollable`,`scrollbarProps`,`renderLabel`,`onToggle`,`onMouseenter`,`onMouseleave`,`onMousedown`,`showCheckmark`])}}),gt={...D.props,...Te(V,[`showArrow`,`arrow`]),placement:{...V.placement,default:`bottom`},trigger:{type:String,default:`hover`},...pt,scrollbarProps:Object},_t=Z({name:`Popselect`,props:gt,slots:Object,inheritAttrs:!1,__popover__:!0,setup(e){let{mergedClsPrefixRef:t}=l(e),n=D(`Popselect`,`-popselect`,void 0,ut,e,t),r=H(null);function i(){r.value?.syncPosition()}function a(e){r.value?.setShow(e)}return ce(dt,{props:e,mergedThemeRef:n,syncPosition:i,setShow:a}),{syncPosition:i,setShow:a,popoverInstRef:r,mergedTheme:n}},render(){let{mergedTheme:e}=this,t={theme:e.peers.Popover,themeOverrides:e.peerOverrides.Popover,builtinThemeOverrides:{padding:`0`},ref:`popoverInstRef`,internalRenderBody:(e,t,n,r,i)=>{let{$attrs:a}=this;return U(),G(ht,Q(a,{class:[a.class,e],style:[a.style,...n]},re(this.$props,mt),{ref:be(t),onMouseenter:Ee([r,a.onMouseenter]),onMouseleave:Ee([i,a.onMouseleave])}),{header:()=>this.$slots.header?.(),action:()=>this.$slots.action?.(),empty:()=>this.$slots.empty?.()},1040,[`class`,`style`,`onMouseenter`,`onMouseleave`])}};return U(),G(ae,Q(Te(this.$props,mt),t,{internalDeactivateImmediately:!0}),{_:1,trigger:I(()=>this.$slots.default?.())},16)}}),vt={itemPaddingSmall:`0 4px`,itemMarginSmall:`0 0 0 8px`,itemMarginSmallRtl:`0 8px 0 0`,itemPaddingMedium:`0 4px`,itemMarginMedium:`0 0 0 8px`,itemMarginMediumRtl:`0 8px 0 0`,itemPaddingLarge:`0 4px`,itemMarginLarge:`0 0 0 8px`,itemMarginLargeRtl:`0 8px 0 0`,buttonIconSizeSmall:`14px`,buttonIconSizeMedium:`16px`,buttonIconSizeLarge:`18px`,inputWidthSmall:`60px`,selectWidthSmall:`unset`,inputMarginSmall:`0 0 0 8px`,inputMarginSmallRtl:`0 8px 0 0`,selectMarginSmall:`0 0 0 8px`,prefixMarginSmall:`0 8px 0 0`,suffixMarginSmall:`0 0 0 8px`,inputWidthMedium:`60px`,selectWidthMedium:`unset`,inputMarginMedium:`0 0 0 8px`,inputMarginMediumRtl:`0 8px 0 0`,selectMarginMedium:`0 0 0 8px`,prefixMarginMedium:`0 8px 0 0`,suffixMarginMedium:`0 0 0 8px`,inputWidthLarge:`60px`,selectWidthLarge:`unset`,inputMarginLarge:`0 0 0 8px`,inputMarginLargeRtl:`0 8px 0 0`,selectMarginLarge:`0 0 0 8px`,prefixMarginLarge:`0 8px 0 0`,suffixMarginLarge:`0 0 0 8px`};function yt(e){let{textColor2:t,primaryColor:n,primaryColorHover:r,primaryColorPressed:i,inputColorDisabled:a,textColorDisabled:o,borderColor:s,borderRadius:c,fontSizeTiny:l,fontSizeSmall:u,fontSizeMedium:d,heightTiny:f,heightSmall:p,heightMedium:m}=e;return{...vt,buttonColor:`#0000`,buttonColorHover:`#0000`,buttonColorPressed:`#0000`,buttonBorder:`1px solid ${s}`,buttonBorderHover:`1px solid ${s}`,buttonBorderPressed:`1px solid ${s}`,buttonIconColor:t,buttonIconColorHover:t,buttonIconColorPressed:t,itemTextColor:t,itemTextColorHover:r,itemTextColorPressed:i,itemTextColorActive:n,itemTextColorDisabled:o,itemColor:`#0000`,itemColorHover:`#0000`,itemColorPressed:`#0000`,itemColorActive:`#0000`,itemColorActiveHover:`#0000`,itemColorDisabled:a,itemBorder:`1px solid #0000`,itemBorderHover:`1px solid #0000`,itemBorderPressed:`1px solid #0000`,itemBorderActive:`1px solid ${n}`,itemBorderDisabled:`1px solid ${s}`,itemBorderRadius:c,itemSizeSmall:f,itemSizeMedium:p,itemSizeLarge:m,itemFontSizeSmall:l,itemFontSizeMedium:u,itemFontSizeLarge:d,jumperFontSizeSmall:l,jumperFontSizeMedium:u,jumperFontSizeLarge:d,jumperTextColor:t,jumperTextColorDisabled:o}}var bt=e({name:`Pagination`,common:p,peers:{Select:ke,Input:_e,Popselect:ut},self:yt}),xt={tiny:`mini`,small:`tiny`,medium:`small`,large:`medium`,huge:`large`};function St(e){let t=xt[e];if(t===void 0)throw Error(`${e} has no smaller size.`);return t}var Ct=Z({name:`Backward`,render(){return(()=>{let e=u(`20cdf29399dd0749`);return e[0]||=X(`svg`,{viewBox:`0 0 20 20`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[X(`path`,{d:`M12.2674 15.793C11.9675 16.0787 11.4927 16.0672 11.2071 15.7673L6.20572 10.5168C5.9298 10.2271 5.9298 9.7719 6.20572 9.48223L11.2071 4.23177C11.4927 3.93184 11.9675 3.92031 12.2674 4.206C12.5673 4.49169 12.5789 4.96642 12.2932 5.26634L7.78458 9.99952L12.2932 14.7327C12.5789 15.0326 12.5673 15.5074 12.2674 15.793Z`,fill:`currentColor`})],-1)})()}}),wt=Z({name:`FastBackward`,render(){return(()=>{let e=u(`9d0d04cc580afefa`);return e[0]||=X(`svg`,{viewBox:`0 0 20 20`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[X(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[X(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[X(`path`,{d:`M8.73171,16.7949 C9.03264,17.0795 9.50733,17.0663 9.79196,16.7654 C10.0766,16.4644 10.0634,15.9897 9.76243,15.7051 L4.52339,10.75 L17.2471,10.75 C17.6613,10.75 17.9971,10.4142 17.9971,10 C17.9971,9.58579 17.6613,9.25 17.2471,9.25 L4.52112,9.25 L9.76243,4.29275 C10.0634,4.00812 10.0766,3.53343 9.79196,3.2325 C9.50733,2.93156 9.03264,2.91834 8.73171,3.20297 L2.31449,9.27241 C2.14819,9.4297 2.04819,9.62981 2.01448,9.8386 C2.00308,9.89058 1.99707,9.94459 1.99707,10 C1.99707,10.0576 2.00356,10.1137 2.01585,10.1675 C2.05084,10.3733 2.15039,10.5702 2.31449,10.7254 L8.73171,16.7949 Z`})])])],-1)})()}}),Tt=Z({name:`FastForward`,render(){return(()=>{let e=u(`c2e477dd1211740a`);return e[0]||=X(`svg`,{viewBox:`0 0 20 20`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[X(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[X(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[X(`path`,{d:`M11.2654,3.20511 C10.9644,2.92049 10.4897,2.93371 10.2051,3.23464 C9.92049,3.53558 9.93371,4.01027 10.2346,4.29489 L15.4737,9.25 L2.75,9.25 C2.33579,9.25 2,9.58579 2,10.0000012 C2,10.4142 2.33579,10.75 2.75,10.75 L15.476,10.75 L10.2346,15.7073 C9.93371,15.9919 9.92049,16.4666 10.2051,16.7675 C10.4897,17.0684 10.9644,17.0817 11.2654,16.797 L17.6826,10.7276 C17.8489,10.5703 17.9489,10.3702 17.9826,10.1614 C17.994,10.1094 18,10.0554 18,10.0000012 C18,9.94241 17.9935,9.88633 17.9812,9.83246 C17.9462,9.62667 17.8467,9.42976 17.6826,9.27455 L11.2654,3.20511 Z`})])])],-1)})()}}),Et=Z({name:`Forward`,render(){return(()=>{let e=u(`6fb2c33c1e576c93`);return e[0]||=X(`svg`,{viewBox:`0 0 20 20`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[X(`path`,{d:`M7.73271 4.20694C8.03263 3.92125 8.50737 3.93279 8.79306 4.23271L13.7944 9.48318C14.0703 9.77285 14.0703 10.2281 13.7944 10.5178L8.79306 15.7682C8.50737 16.0681 8.03263 16.0797 7.73271 15.794C7.43279 15.5083 7.42125 15.0336 7.70694 14.7336L12.2155 10.0005L7.70694 5.26729C7.42125 4.96737 7.43279 4.49264 7.73271 4.20694Z`,fill:`currentColor`})],-1)})()}}),Dt=Z({name:`More`,render(){return(()=>{let e=u(`e4a3e3d3803c676d`);return e[0]||=X(`svg`,{viewBox:`0 0 16 16`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[X(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[X(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[X(`path`,{d:`M4,7 C4.55228,7 5,7.44772 5,8 C5,8.55229 4.55228,9 4,9 C3.44772,9 3,8.55229 3,8 C3,7.44772 3.44772,7 4,7 Z M8,7 C8.55229,7 9,7.44772 9,8 C9,8.55229 8.55229,9 8,9 C7.44772,9 7,8.55229 7,8 C7,7.44772 7.44772,7 8,7 Z M12,7 C12.5523,7 13,7.44772 13,8 C13,8.55229 12.5523,9 12,9 C11.4477,9 11,8.55229 11,8 C11,7.44772 11.4477,7 12,7 Z`})])])],-1)})()}}),Ot=`
 background: var(--n-item-color-hover);
 color: var(--n-item-text-color-hover);
 border: var(--n-item-border-hover);
`,kt=[f(`button`,`
 background: var(--n-button-color-hover);
 border: var(--n-button-border-hover);
 color: var(--n-button-icon-color-hover);
 `)],At=A(`pagination`,`
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
 `),g(`> *:not(:first-child)`,`
 margin: var(--n-item-margin);
 `),A(`select`,`
 width: var(--n-select-width);
 `),g(`&.transition-disabled`,[A(`pagination-item`,`transition: none!important;`)]),A(`pagination-quick-jumper`,`
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
 `,[f(`button`,`
 background: var(--n-button-color);
 color: var(--n-button-icon-color);
 border: var(--n-button-border);
 padding: 0;
 `,[A(`base-icon`,`
 font-size: var(--n-button-icon-size);
 `)]),m(`disabled`,[f(`hover`,Ot,kt),g(`&:hover`,Ot,kt),g(`&:active`,`
 background: var(--n-item-color-pressed);
 color: var(--n-item-text-color-pressed);
 border: var(--n-item-border-pressed);
 `,[f(`button`,`
 background: var(--n-button-color-pressed);
 border: var(--n-button-border-pressed);
 color: var(--n-button-icon-color-pressed);
 `)]),f(`active`,`
 background: var(--n-item-color-active);
 color: var(--n-item-text-color-active);
 border: var(--n-item-border-active);
 `,[g(`&:hover`,`
 background: var(--n-item-color-active-hover);
 `)])]),f(`disabled`,`
 cursor: not-allowed;
 color: var(--n-item-text-color-disabled);
 `,[f(`active, button`,`
 background-color: var(--n-item-color-disabled);
 border: var(--n-item-border-disabled);
 `)])]),f(`disabled`,`
 cursor: not-allowed;
 `,[A(`pagination-quick-jumper`,`
 color: var(--n-jumper-text-color-disabled);
 `)]),f(`simple`,`
 display: flex;
 align-items: center;
 flex-wrap: nowrap;
 `,[A(`pagination-quick-jumper`,[A(`input`,`
 margin: 0;
 `)])])]);function jt(e){if(!e)return 10;let{defaultPageSize:t}=e;if(t!==void 0)return t;let n=e.pageSizes?.[0];return typeof n==`number`?n:n?.value||10}function Mt(e,t,n,r){let i=!1,a=!1,o=1,s=t;if(t===1)return{hasFastBackward:!1,hasFastForward:!1,fastForwardTo:s,fastBackwardTo:o,items:[{type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1}]};if(t===2)return{hasFastBackward:!1,hasFastForward:!1,fastForwardTo:s,fastBackwardTo:o,items:[{type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1},{type:`page`,label:2,active:e===2,mayBeFastBackward:!0,mayBeFastForward:!1}]};let c=t,l=e,u=e,d=(n-5)/2;u+=Math.ceil(d),u=Math.min(Math.max(u,1+n-3),c-2),l-=Math.floor(d),l=Math.max(Math.min(l,c-n+3),3);let f=!1,p=!1;l>3&&(f=!0),u<c-2&&(p=!0);let m=[];m.push({type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1}),f?(i=!0,o=l-1,m.push({type:`fast-backward`,active:!1,label:void 0,options:r?Nt(2,l-1):null})):c>=2&&m.push({type:`page`,label:2,mayBeFastBackward:!0,mayBeFastForward:!1,active:e===2});for(let t=l;t<=u;++t)m.push({type:`page`,label:t,mayBeFastBackward:!1,mayBeFastForward:!1,active:e===t});return p?(a=!0,s=u+1,m.push({type:`fast-forward`,active:!1,label:void 0,options:r?Nt(u+1,c-1):null})):u===c-2&&m[m.length-1].label!==c-1&&m.push({type:`page`,mayBeFastForward:!0,mayBeFastBackward:!1,label:c-1,active:e===c-1}),m[m.length-1].label!==c&&m.push({type:`page`,mayBeFastForward:!1,mayBeFastBackward:!1,label:c,active:e===c}),{hasFastBackward:i,hasFastForward:a,fastBackwardTo:o,fastForwardTo:s,items:m}}function Nt(e,t){let n=[];for(let r=e;r<=t;++r)n.push({label:`${r}`,value:r});return n}var Pt=[`onClick`,`onMouseenter`,`onMouseleave`],Ft=[`onClick`],It=[`onClick`],Lt={...D.props,simple:Boolean,page:Number,defaultPage:{type:Number,default:1},itemCount:Number,pageCount:Number,defaultPageCount:{type:Number,default:1},showSizePicker:Boolean,pageSize:Number,defaultPageSize:Number,pageSizes:{type:Array,default(){return[10]}},showQuickJumper:Boolean,size:String,disabled:Boolean,pageSlot:{type:Number,default:9},selectProps:Object,prev:Function,next:Function,goto:Function,prefix:Function,suffix:Function,label:Function,displayOrder:{type:Array,default:[`pages`,`size-picker`,`quick-jumper`]},to:ne.propTo,showQuickJumpDropdown:{type:Boolean,default:!0},scrollbarProps:Object,"onUpdate:page":[Function,Array],onUpdatePage:[Function,Array],"onUpdate:pageSize":[Function,Array],onUpdatePageSize:[Function,Array],onPageSizeChange:[Function,Array],onChange:[Function,Array]},Rt=Z({name:`Pagination`,props:Lt,slots:Object,setup(e){let{mergedComponentPropsRef:t,mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedRtlRef:a}=l(e),o=q(()=>e.size||t?.value?.Pagination?.size||`medium`),s=D(`Pagination`,`-pagination`,At,bt,e,r),{localeRef:c}=ee(`Pagination`),u=H(null),f=H(e.defaultPage),p=H(jt(e)),m=Ue(Y(e,`page`),f),h=Ue(Y(e,`pageSize`),p),g=q(()=>{let{itemCount:t}=e;if(t!==void 0)return Math.max(1,Math.ceil(t/h.value));let{pageCount:n}=e;return n===void 0?1:Math.max(n,1)}),_=H(``);de(()=>{e.simple,_.value=String(m.value)});let y=H(!1),b=H(!1),x=H(!1),S=H(!1),C=()=>{e.disabled||(y.value=!0,R())},T=()=>{e.disabled||(y.value=!1,R())},E=()=>{b.value=!0,R()},O=()=>{b.value=!1,R()},k=e=>{z(e)},A=q(()=>Mt(m.value,g.value,e.pageSlot,e.showQuickJumpDropdown));de(()=>{A.value.hasFastBackward?A.value.hasFastForward||(y.value=!1,x.value=!1):(b.value=!1,S.value=!1)});let j=q(()=>{let t=c.value.selectionSuffix;return e.pageSizes.map(e=>typeof e==`number`?{label:`${e} / ${t}`,value:e}:e)}),M=q(()=>t?.value?.Pagination?.inputSize||St(o.value)),N=q(()=>t?.value?.Pagination?.selectSize||St(o.value)),P=q(()=>(m.value-1)*h.value),F=q(()=>{let t=m.value*h.value-1,{itemCount:n}=e;return n===void 0?t:t>n-1?n-1:t}),I=q(()=>{let{itemCount:t}=e;return t===void 0?(e.pageCount||1)*h.value:t}),L=w(`Pagination`,a,r);function R(){le(()=>{let{value:e}=u;e&&(e.classList.add(`transition-disabled`),u.value?.offsetWidth,e.classList.remove(`transition-disabled`))})}function z(t){if(t===m.value)return;let{"onUpdate:page":r,onUpdatePage:i,onChange:a,simple:o}=e;r&&n(r,t),i&&n(i,t),a&&n(a,t),f.value=t,o&&(_.value=String(t))}function te(t){if(t===h.value)return;let{"onUpdate:pageSize":r,onUpdatePageSize:i,onPageSizeChange:a}=e;r&&n(r,t),i&&n(i,t),a&&n(a,t),p.value=t,g.value<m.value&&z(g.value)}function ne(){e.disabled||z(Math.min(m.value+1,g.value))}function B(){e.disabled||z(Math.max(m.value-1,1))}function re(){e.disabled||z(Math.min(A.value.fastForwardTo,g.value))}function V(){e.disabled||z(Math.max(A.value.fastBackwardTo,1))}function ie(e){te(e)}function ae(){let t=Number.parseInt(_.value);Number.isNaN(t)||(z(Math.max(1,Math.min(t,g.value))),e.simple||(_.value=``))}function oe(){ae()}function U(t){if(!e.disabled)switch(t.type){case`page`:z(t.label);break;case`fast-backward`:V();break;case`fast-forward`:re()}}function se(e){_.value=e.replace(/\D+/g,``)}de(()=>{m.value,h.value,R()});let ce=q(()=>{let e=o.value,{self:{buttonBorder:t,buttonBorderHover:n,buttonBorderPressed:r,buttonIconColor:i,buttonIconColorHover:a,buttonIconColorPressed:c,itemTextColor:l,itemTextColorHover:u,itemTextColorPressed:d,itemTextColorActive:f,itemTextColorDisabled:p,itemColor:m,itemColorHover:h,itemColorPressed:g,itemColorActive:_,itemColorActiveHover:y,itemColorDisabled:b,itemBorder:x,itemBorderHover:S,itemBorderPressed:C,itemBorderActive:w,itemBorderDisabled:T,itemBorderRadius:E,jumperTextColor:D,jumperTextColorDisabled:O,buttonColor:k,buttonColorHover:A,buttonColorPressed:j,[v(`itemPadding`,e)]:M,[v(`itemMargin`,e)]:N,[v(`inputWidth`,e)]:P,[v(`selectWidth`,e)]:F,[v(`inputMargin`,e)]:I,[v(`selectMargin`,e)]:L,[v(`jumperFontSize`,e)]:ee,[v(`prefixMargin`,e)]:R,[v(`suffixMargin`,e)]:z,[v(`itemSize`,e)]:te,[v(`buttonIconSize`,e)]:ne,[v(`itemFontSize`,e)]:B,[`${v(`itemMargin`,e)}Rtl`]:re,[`${v(`inputMargin`,e)}Rtl`]:V},common:{cubicBezierEaseInOut:ie}}=s.value;return{"--n-prefix-margin":R,"--n-suffix-margin":z,"--n-item-font-size":B,"--n-select-width":F,"--n-select-margin":L,"--n-input-width":P,"--n-input-margin":I,"--n-input-margin-rtl":V,"--n-item-size":te,"--n-item-text-color":l,"--n-item-text-color-disabled":p,"--n-item-text-color-hover":u,"--n-item-text-color-active":f,"--n-item-text-color-pressed":d,"--n-item-color":m,"--n-item-color-hover":h,"--n-item-color-disabled":b,"--n-item-color-active":_,"--n-item-color-active-hover":y,"--n-item-color-pressed":g,"--n-item-border":x,"--n-item-border-hover":S,"--n-item-border-disabled":T,"--n-item-border-active":w,"--n-item-border-pressed":C,"--n-item-padding":M,"--n-item-border-radius":E,"--n-bezier":ie,"--n-jumper-font-size":ee,"--n-jumper-text-color":D,"--n-jumper-text-color-disabled":O,"--n-item-margin":N,"--n-item-margin-rtl":re,"--n-button-icon-size":ne,"--n-button-icon-color":i,"--n-button-icon-color-hover":a,"--n-button-icon-color-pressed":c,"--n-button-color-hover":A,"--n-button-color":k,"--n-button-color-pressed":j,"--n-button-border":t,"--n-button-border-hover":n,"--n-button-border-pressed":r}}),W=i?d(`pagination`,q(()=>{let e=``;return e+=o.value[0],e}),ce,e):void 0;return{rtlEnabled:L,mergedClsPrefix:r,locale:c,selfRef:u,mergedPage:m,pageItems:q(()=>A.value.items),mergedItemCount:I,jumperValue:_,pageSizeOptions:j,mergedPageSize:h,inputSize:M,selectSize:N,mergedTheme:s,mergedPageCount:g,startIndex:P,endIndex:F,showFastForwardMenu:x,showFastBackwardMenu:S,fastForwardActive:y,fastBackwardActive:b,handleMenuSelect:k,handleFastForwardMouseenter:C,handleFastForwardMouseleave:T,handleFastBackwardMouseenter:E,handleFastBackwardMouseleave:O,handleJumperInput:se,handleBackwardClick:B,handleForwardClick:ne,handlePageItemClick:U,handleSizePickerChange:ie,handleQuickJumperChange:oe,cssVars:i?void 0:ce,themeClass:W?.themeClass,onRender:W?.onRender}},render(){let{$slots:e,mergedClsPrefix:n,disabled:r,cssVars:i,mergedPage:a,mergedPageCount:o,pageItems:s,showSizePicker:c,showQuickJumper:l,mergedTheme:d,locale:f,inputSize:p,selectSize:m,mergedPageSize:h,pageSizeOptions:g,jumperValue:_,simple:v,prev:y,next:x,prefix:C,suffix:w,label:T,goto:E,handleJumperInput:D,handleSizePickerChange:O,handleBackwardClick:A,handlePageItemClick:j,handleForwardClick:M,handleQuickJumperChange:N,onRender:P}=this;P?.();let F=C||e.prefix,I=w||e.suffix,L=y||e.prev,ee=x||e.next,R=T||e.label;return U(),J(`div`,{ref:`selfRef`,class:b([`${n}-pagination`,this.themeClass,this.rtlEnabled&&`${n}-pagination--rtl`,r&&`${n}-pagination--disabled`,v&&`${n}-pagination--simple`]),style:$(i)},[F?(U(),J(`div`,{key:0,class:b(`${n}-pagination-prefix`)},[S(()=>F({page:a,pageSize:h,pageCount:o,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],2)):S(()=>null),S(()=>this.displayOrder.map(e=>{switch(e){case`pages`:return(()=>{let e=u(`9d36e2972681a71c`);return U(),J(K,{key:`pages`},[X(`div`,{class:b([`${n}-pagination-item`,!L&&`${n}-pagination-item--button`,(a<=1||a>o||r)&&`${n}-pagination-item--disabled`]),onClick:A},[L?(U(),J(K,{key:0},[S(()=>L({page:a,pageSize:h,pageCount:o,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],64)):(U(),G(k,{key:1,clsPrefix:n},{default:()=>this.rtlEnabled?(U(),G(Et,{key:2})):(U(),G(Ct,{key:3}))},1032,[`clsPrefix`]))],10,Ft),v?(U(),J(K,{key:0},[X(`div`,{class:b(`${n}-pagination-quick-jumper`)},[(U(),G(ve,{value:_,onUpdateValue:D,size:p,placeholder:``,disabled:r,theme:d.peers.Input,themeOverrides:d.peerOverrides.Input,onChange:N},null,8,[`value`,`onUpdateValue`,`size`,`disabled`,`theme`,`themeOverrides`,`onChange`]))],2),e[0]||=S(`\xA0/`,-1),e[1]||=S(` `,-1),S(()=>o)],64)):(U(),J(K,{key:1},[S(()=>s.map(e=>{let t,i,a,{type:o}=e,s=o===`page`?`page-${e.label}`:o;switch(o){case`page`:let r=e.label;t=R?R({type:`page`,node:r,active:e.active}):r;break;case`fast-forward`:let o=this.fastForwardActive?(U(),G(k,{key:6,clsPrefix:n},{default:()=>this.rtlEnabled?(U(),G(wt,{key:7})):(U(),G(Tt,{key:8}))},1032,[`clsPrefix`])):(U(),G(k,{key:9,clsPrefix:n},{default:()=>(U(),G(Dt))},1032,[`clsPrefix`]));t=R?R({type:`fast-forward`,node:o,active:this.fastForwardActive||this.showFastForwardMenu}):o,i=this.handleFastForwardMouseenter,a=this.handleFastForwardMouseleave;break;case`fast-backward`:let s=this.fastBackwardActive?(U(),G(k,{key:10,clsPrefix:n},{default:()=>this.rtlEnabled?(U(),G(Tt,{key:11})):(U(),G(wt,{key:12}))},1032,[`clsPrefix`])):(U(),G(k,{key:13,clsPrefix:n},{default:()=>(U(),G(Dt))},1032,[`clsPrefix`]));t=R?R({type:`fast-backward`,node:s,active:this.fastBackwardActive||this.showFastBackwardMenu}):s,i=this.handleFastBackwardMouseenter,a=this.handleFastBackwardMouseleave}let c=(U(),J(`div`,{key:s,class:b([`${n}-pagination-item`,e.active&&`${n}-pagination-item--active`,o!==`page`&&(o===`fast-backward`&&this.showFastBackwardMenu||o===`fast-forward`&&this.showFastForwardMenu)&&`${n}-pagination-item--hover`,r&&`${n}-pagination-item--disabled`,o===`page`&&`${n}-pagination-item--clickable`]),onClick:()=>{j(e)},onMouseenter:i,onMouseleave:a},[S(()=>t)],42,Pt));return o===`page`||!e.options?c:(U(),G(_t,{to:this.to,key:s,disabled:r,trigger:`hover`,virtualScroll:!0,style:{width:`60px`},theme:d.peers.Popselect,themeOverrides:d.peerOverrides.Popselect,builtinThemeOverrides:{peers:{InternalSelectMenu:{height:`calc(var(--n-option-height) * 4.6)`}}},nodeProps:()=>({style:{justifyContent:`center`}}),show:o===`fast-backward`?this.showFastBackwardMenu:this.showFastForwardMenu,onUpdateShow:e=>{e?o===`fast-backward`?this.showFastBackwardMenu=e:this.showFastForwardMenu=e:(this.showFastBackwardMenu=!1,this.showFastForwardMenu=!1)},options:e.options,onUpdateValue:this.handleMenuSelect,scrollable:!0,scrollbarProps:this.scrollbarProps,showCheckmark:!1},{default:()=>c},1032,[`to`,`disabled`,`theme`,`themeOverrides`,`show`,`onUpdateShow`,`options`,`onUpdateValue`,`scrollbarProps`]))}))],64)),X(`div`,{class:b([`${n}-pagination-item`,!ee&&`${n}-pagination-item--button`,{[`${n}-pagination-item--disabled`]:a<1||a>=o||r}]),onClick:M},[ee?(U(),J(K,{key:0},[S(()=>ee({page:a,pageSize:h,pageCount:o,itemCount:this.mergedItemCount,startIndex:this.startIndex,endIndex:this.endIndex}))],64)):(U(),G(k,{key:1,clsPrefix:n},{default:()=>this.rtlEnabled?(U(),G(Ct,{key:4})):(U(),G(Et,{key:5}))},1032,[`clsPrefix`]))],10,It)],64)})();case`size-picker`:return!v&&c?(U(),G(Me,Q({key:14,consistentMenuWidth:!1,placeholder:``,showCheckmark:!1,to:this.to},this.selectProps,{size:m,options:g,value:h,disabled:r,scrollbarProps:this.scrollbarProps,theme:d.peers.Select,themeOverrides:d.peerOverrides.Select,onUpdateValue:O}),null,16,[`to`,`size`,`options`,`value`,`disabled`,`scrollbarProps`,`theme`,`themeOverrides`,`onUpdateValue`])):null;case`quick-jumper`:return!v&&l?(U(),J(`div`,{key:15,class:b(`${n}-pagination-quick-jumper`)},[E?(U(),J(K,{key:0},[S(()=>E())],64)):(U(),J(K,{key:1},[S(()=>t(this.$slots.goto,()=>[f.goto]))],64)),(U(),G(ve,{value:_,onUpdateValue:D,size:p,placeholder:``,disabled:r,theme:d.peers.Input,themeOverrides:d.peerOverrides.Input,onChange:N},null,8,[`value`,`onUpdateValue`,`size`,`disabled`,`theme`,`themeOverrides`,`onChange`]))],2)):null;default:return null}})),I?(U(),J(`div`,{key:2,class:b(`${n}-pagination-suffix`)},[S(()=>I({page:a,pageSize:h,pageCount:o,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],2)):S(()=>null)],6)}}),zt=e({name:`Ellipsis`,common:p,peers:{Tooltip:ye}}),Bt={thPaddingSmall:`8px`,thPaddingMedium:`12px`,thPaddingLarge:`12px`,tdPaddingSmall:`8px`,tdPaddingMedium:`12px`,tdPaddingLarge:`12px`,sorterSize:`15px`,resizableContainerSize:`8px`,resizableSize:`2px`,filterSize:`15px`,paginationMargin:`12px 0 0 0`,emptyPadding:`48px 0`,actionPadding:`8px 12px`,actionButtonMargin:`0 8px 0 0`};function Vt(e){let{cardColor:t,modalColor:n,popoverColor:i,textColor2:a,textColor1:o,tableHeaderColor:s,tableColorHover:c,iconColor:l,primaryColor:u,fontWeightStrong:d,borderRadius:f,lineHeight:p,fontSizeSmall:m,fontSizeMedium:h,fontSizeLarge:g,dividerColor:_,heightSmall:v,opacityDisabled:y,tableColorStriped:b}=e;return{...Bt,actionDividerColor:_,lineHeight:p,borderRadius:f,fontSizeSmall:m,fontSizeMedium:h,fontSizeLarge:g,borderColor:r(t,_),tdColorHover:r(t,c),tdColorSorting:r(t,c),tdColorStriped:r(t,b),thColor:r(t,s),thColorHover:r(r(t,s),c),thColorSorting:r(r(t,s),c),tdColor:t,tdTextColor:a,thTextColor:o,thFontWeight:d,thButtonColorHover:c,thIconColor:l,thIconColorActive:u,borderColorModal:r(n,_),tdColorHoverModal:r(n,c),tdColorSortingModal:r(n,c),tdColorStripedModal:r(n,b),thColorModal:r(n,s),thColorHoverModal:r(r(n,s),c),thColorSortingModal:r(r(n,s),c),tdColorModal:n,borderColorPopover:r(i,_),tdColorHoverPopover:r(i,c),tdColorSortingPopover:r(i,c),tdColorStripedPopover:r(i,b),thColorPopover:r(i,s),thColorHoverPopover:r(r(i,s),c),thColorSortingPopover:r(r(i,s),c),tdColorPopover:i,boxShadowBefore:`inset -12px 0 8px -12px rgba(0, 0, 0, .18)`,boxShadowAfter:`inset 12px 0 8px -12px rgba(0, 0, 0, .18)`,loadingColor:u,loadingSize:v,opacityLoading:y}}var Ht=e({name:`DataTable`,common:p,peers:{Button:E,Checkbox:$e,Radio:qe,Pagination:bt,Scrollbar:He,Empty:We,Popover:z,Ellipsis:zt,Dropdown:Ce},self:Vt}),Ut={...D.props,onUnstableColumnResize:Function,pagination:{type:[Object,Boolean],default:!1},paginateSinglePage:{type:Boolean,default:!0},minHeight:[Number,String],maxHeight:[Number,String],columns:{type:Array,default:()=>[]},rowClassName:[String,Function],rowProps:Function,rowKey:Function,summary:[Function],data:{type:Array,default:()=>[]},loading:Boolean,bordered:{type:Boolean,default:void 0},bottomBordered:{type:Boolean,default:void 0},striped:Boolean,scrollX:[Number,String],defaultCheckedRowKeys:{type:Array,default:()=>[]},checkedRowKeys:Array,singleLine:{type:Boolean,default:!0},singleColumn:Boolean,size:String,remote:Boolean,defaultExpandedRowKeys:{type:Array,default:[]},defaultExpandAll:Boolean,expandedRowKeys:Array,stickyExpandedRows:Boolean,virtualScroll:Boolean,virtualScrollX:Boolean,virtualScrollHeader:Boolean,headerHeight:{type:Number,default:28},heightForRow:Function,minRowHeight:{type:Number,default:28},tableLayout:{type:String,default:`auto`},allowCheckingNotLoaded:Boolean,cascade:{type:Boolean,default:!0},childrenKey:{type:String,default:`children`},indent:{type:Number,default:16},flexHeight:Boolean,summaryPlacement:{type:String,default:`bottom`},paginationBehaviorOnFilter:{type:String,default:`current`},filterIconPopoverProps:Object,scrollbarProps:Object,renderCell:Function,renderExpandIcon:Function,spinProps:Object,getCsvCell:Function,getCsvHeader:Function,onLoad:Function,"onUpdate:page":[Function,Array],onUpdatePage:[Function,Array],"onUpdate:pageSize":[Function,Array],onUpdatePageSize:[Function,Array],"onUpdate:sorter":[Function,Array],onUpdateSorter:[Function,Array],"onUpdate:filters":[Function,Array],onUpdateFilters:[Function,Array],"onUpdate:checkedRowKeys":[Function,Array],onUpdateCheckedRowKeys:[Function,Array],"onUpdate:expandedRowKeys":[Function,Array],onUpdateExpandedRowKeys:[Function,Array],onScroll:Function,onPageChange:[Function,Array],onPageSizeChange:[Function,Array],onSorterChange:[Function,Array],onFiltersChange:[Function,Array],onCheckedRowKeysChange:[Function,Array]},Wt=C(`n-data-table`),Gt=A(`ellipsis`,{overflow:`hidden`},[m(`line-clamp`,`
 white-space: nowrap;
 display: inline-block;
 vertical-align: bottom;
 max-width: 100%;
 `),f(`line-clamp`,`
 display: -webkit-inline-box;
 -webkit-box-orient: vertical;
 `),f(`cursor-pointer`,`
 cursor: pointer;
 `)]),Kt=[`onClick`];function qt(e){return`${e}-ellipsis--line-clamp`}function Jt(e,t){return`${e}-ellipsis--cursor-${t}`}var Yt={...D.props,expandTrigger:String,lineClamp:[Number,String],tooltip:{type:[Boolean,Object],default:!0}},Xt=Z({name:`Ellipsis`,inheritAttrs:!1,props:Yt,slots:Object,setup(e,{slots:t,attrs:n}){let r=M(),i=D(`Ellipsis`,`-ellipsis`,Gt,zt,e,r),a=H(null),o=H(null),s=H(null),c=H(!1),l=q(()=>{let{lineClamp:t}=e,{value:n}=c;return t===void 0?{textOverflow:n?``:`ellipsis`,"-webkit-line-clamp":``}:{textOverflow:``,"-webkit-line-clamp":n?``:t}});function d(){let t=!1,{value:n}=c;if(n)return!0;let{value:r}=a;if(r){let{lineClamp:n}=e;if(m(r),n!==void 0)t=r.scrollHeight<=r.offsetHeight;else{let{value:e}=o;e&&(t=e.getBoundingClientRect().width<=r.getBoundingClientRect().width)}h(r,t)}return t}function f(){if(e.expandTrigger!==`click`)return;let{value:t}=c;t&&s.value?.setShow(!1),c.value=!t}me(()=>{e.tooltip&&s.value?.setShow(!1)});let p=()=>(()=>{let i=u(`c61f52eafd841df5`);return U(),J(`span`,Q(Q(n,{class:[`${r.value}-ellipsis`,e.lineClamp===void 0?void 0:qt(r.value),e.expandTrigger===`click`?Jt(r.value,`pointer`):void 0],style:l.value}),{ref:`triggerRef`,onClick:f,onMouseenter:i[0]||=e.expandTrigger===`click`?d:void 0}),[e.lineClamp?(U(),J(K,{key:0},[S(()=>t.default?.())],64)):(U(),J(`span`,{key:1,ref:`triggerInnerRef`},[S(()=>t.default?.())],512))],16,Kt)})();function m(t){if(!t)return;let n=l.value,i=qt(r.value);e.lineClamp===void 0?g(t,i,`remove`):g(t,i,`add`);for(let e in n)t.style[e]!==n[e]&&(t.style[e]=n[e])}function h(t,n){let i=Jt(r.value,`pointer`);e.expandTrigger===`click`&&!n?g(t,i,`add`):g(t,i,`remove`)}function g(e,t,n){n===`add`?e.classList.contains(t)||e.classList.add(t):e.classList.contains(t)&&e.classList.remove(t)}return{mergedTheme:i,triggerRef:a,triggerInnerRef:o,tooltipRef:s,renderTrigger:p,getTooltipDisabled:d}},render(){let{tooltip:e,renderTrigger:t,$slots:n}=this;if(e){let{mergedTheme:r}=this;return U(),G(xe,Q({key:1,ref:`tooltipRef`,placement:`top`},e,{getDisabled:this.getTooltipDisabled,theme:r.peers.Tooltip,themeOverrides:r.peerOverrides.Tooltip}),{trigger:t,default:n.tooltip??n.default},1040,[`getDisabled`,`theme`,`themeOverrides`])}return t()}}),Zt=Z({name:`PerformantEllipsis`,props:Yt,inheritAttrs:!1,setup(e,{attrs:t,slots:n}){let r=H(!1),i=M();return o(`-ellipsis`,Gt,i),{mouseEntered:r,renderTrigger:()=>{let{lineClamp:a}=e,o=i.value;return(()=>{let i=u(`dba02f32d69b23e6`);return U(),J(`span`,Q(Q(t,{class:[`${o}-ellipsis`,a===void 0?void 0:qt(o),e.expandTrigger===`click`?Jt(o,`pointer`):void 0],style:a===void 0?{textOverflow:`ellipsis`}:{"-webkit-line-clamp":a}}),{onMouseenter:i[0]||=()=>{r.value=!0}}),[a?(U(),J(K,{key:0},[S(()=>n.default?.())],64)):(U(),J(`span`,{key:1},[S(()=>n.default?.())]))],16)})()}}},render(){return this.mouseEntered?he(Xt,Q({},this.$attrs,this.$props),this.$slots):this.renderTrigger()}});function Qt(e){if(e.type===`selection`||e.type===`expand`)return e.width===void 0?40:Pe(e.width);if(!(`children`in e))return typeof e.width==`string`?Pe(e.width):e.width}function $t(e){if(e.type===`selection`||e.type===`expand`)return Re(e.width??40);if(!(`children`in e))return Re(e.width)}function en(e){return e.type===`selection`?`__n_selection__`:e.type===`expand`?`__n_expand__`:e.key}function tn(e){return e&&(typeof e==`object`?Object.assign({},e):e)}function nn(e){return e===`ascend`?1:e===`descend`?-1:0}function rn(e,t,n){return n!==void 0&&(e=Math.min(e,typeof n==`number`?n:Number.parseFloat(n))),t!==void 0&&(e=Math.max(e,typeof t==`number`?t:Number.parseFloat(t))),e}function an(e,t){if(t!==void 0)return{width:t,minWidth:t,maxWidth:t};let n=$t(e),{minWidth:r,maxWidth:i}=e;return{width:n,minWidth:Re(r)||n,maxWidth:Re(i)}}function on(e,t,n){return typeof n==`function`?n(e,t):n||``}function sn(e){return e.filterOptionValues!==void 0||e.filterOptionValue===void 0&&e.defaultFilterOptionValues!==void 0}function cn(e){return`children`in e?!1:!!e.sorter}function ln(e){return`children`in e&&e.children.length?!1:!!e.resizable}function un(e){return`children`in e?!1:!!e.filter&&(!!e.filterOptions||!!e.renderFilterMenu)}function dn(e){return e?e===`descend`&&`ascend`:`descend`}function fn(e,t){if(e.sorter===void 0)return null;let{customNextSortOrder:n}=e;return t===null||t.columnKey!==e.key?{columnKey:e.key,sorter:e.sorter,order:dn(!1)}:{...t,order:(n||dn)(t.order)}}function pn(e,t){return t.find(t=>t.columnKey===e.key&&t.order)!==void 0}function mn(e){return typeof e==`string`?e.replace(/,/g,`\\,`):e==null?``:`${e}`.replace(/,/g,`\\,`)}function hn(e,t,n,r){let i=e.filter(e=>e.type!==`expand`&&e.type!==`selection`&&e.allowExport!==!1);return[i.map(e=>r?r(e):e.title).join(`,`),...t.map(e=>i.map(t=>n?n(e[t.key],e,t):mn(e[t.key])).join(`,`))].join(`
`)}var gn=Z({name:`Filter`,render(){return(()=>{let e=u(`32f755e984c27f19`);return e[0]||=X(`svg`,{viewBox:`0 0 28 28`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[X(`g`,{stroke:`none`,"stroke-width":`1`,"fill-rule":`evenodd`},[X(`g`,{"fill-rule":`nonzero`},[X(`path`,{d:`M17,19 C17.5522847,19 18,19.4477153 18,20 C18,20.5522847 17.5522847,21 17,21 L11,21 C10.4477153,21 10,20.5522847 10,20 C10,19.4477153 10.4477153,19 11,19 L17,19 Z M21,13 C21.5522847,13 22,13.4477153 22,14 C22,14.5522847 21.5522847,15 21,15 L7,15 C6.44771525,15 6,14.5522847 6,14 C6,13.4477153 6.44771525,13 7,13 L21,13 Z M24,7 C24.5522847,7 25,7.44771525 25,8 C25,8.55228475 24.5522847,9 24,9 L4,9 C3.44771525,9 3,8.55228475 3,8 C3,7.44771525 3.44771525,7 4,7 L24,7 Z`})])])],-1)})()}}),_n=Z({name:`DataTableFilterMenu`,props:{column:{type:Object,required:!0},radioGroupName:{type:String,required:!0},multiple:{type:Boolean,required:!0},value:{type:[Array,String,Number],default:null},options:{type:Array,required:!0},onConfirm:{type:Function,required:!0},onClear:{type:Function,required:!0},onChange:{type:Function,required:!0}},setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:n}=l(e),r=w(`DataTable`,n,t),{mergedClsPrefixRef:i,mergedThemeRef:a,localeRef:o}=W(Wt),s=H(e.value),c=q(()=>{let{value:e}=s;return Array.isArray(e)?e:null}),u=q(()=>{let{value:t}=s;return sn(e.column)?Array.isArray(t)&&t.length&&t[0]||null:Array.isArray(t)?null:t});function d(t){e.onChange(t)}function f(t){e.multiple&&Array.isArray(t)?s.value=t:sn(e.column)&&!Array.isArray(t)?s.value=[t]:s.value=t}function p(){d(s.value),e.onConfirm()}function m(){e.multiple||sn(e.column)?d([]):d(null),e.onClear()}return{mergedClsPrefix:i,rtlEnabled:r,mergedTheme:a,locale:o,checkboxGroupValue:c,radioGroupValue:u,handleChange:f,handleConfirmClick:p,handleClearClick:m}},render(){let{mergedTheme:e,locale:t,mergedClsPrefix:n}=this;return U(),J(`div`,{class:b([`${n}-data-table-filter-menu`,this.rtlEnabled&&`${n}-data-table-filter-menu--rtl`])},[fe(Ve,null,{default:()=>{let{checkboxGroupValue:t,handleChange:r}=this;return this.multiple?(U(),G(ct,{key:1,value:t,class:b(`${n}-data-table-filter-menu__group`),onUpdateValue:r},{default:()=>this.options.map(t=>(U(),G(ot,{key:t.value,theme:e.peers.Checkbox,themeOverrides:e.peerOverrides.Checkbox,value:t.value},{default:()=>t.label},1032,[`theme`,`themeOverrides`,`value`])))},1032,[`value`,`class`,`onUpdateValue`])):(U(),G(Ke,{key:2,name:this.radioGroupName,class:b(`${n}-data-table-filter-menu__group`),value:this.radioGroupValue,onUpdateValue:this.handleChange},{default:()=>this.options.map(t=>(U(),G(Je,{key:t.value,value:t.value,theme:e.peers.Radio,themeOverrides:e.peerOverrides.Radio},{default:()=>t.label},1032,[`value`,`theme`,`themeOverrides`])))},1032,[`name`,`class`,`value`,`onUpdateValue`]))}},1024),X(`div`,{class:b(`${n}-data-table-filter-menu__action`)},[(U(),G(P,{size:`tiny`,theme:e.peers.Button,themeOverrides:e.peerOverrides.Button,onClick:this.handleClearClick},{default:()=>t.clear},1032,[`theme`,`themeOverrides`,`onClick`])),(U(),G(P,{theme:e.peers.Button,themeOverrides:e.peerOverrides.Button,type:`primary`,size:`tiny`,onClick:this.handleConfirmClick},{default:()=>t.confirm},1032,[`theme`,`themeOverrides`,`onClick`]))],2)],2)}}),vn=Z({name:`DataTableRenderFilter`,props:{render:{type:Function,required:!0},active:Boolean,show:Boolean},render(){let{render:e,active:t,show:n}=this;return e({active:t,show:n})}});function yn(e,t,n){let r=Object.assign({},e);return r[t]=n,r}var bn=Z({name:`DataTableFilterButton`,props:{column:{type:Object,required:!0},options:{type:Array,default:()=>[]}},setup(e){let{mergedComponentPropsRef:t}=l(),{mergedThemeRef:n,mergedClsPrefixRef:r,mergedFilterStateRef:i,filterMenuCssVarsRef:a,paginationBehaviorOnFilterRef:o,doUpdatePage:s,doUpdateFilters:c,filterIconPopoverPropsRef:u}=W(Wt),d=H(!1),f=i,p=q(()=>e.column.filterMultiple!==!1),m=q(()=>{let t=f.value[e.column.key];if(t===void 0){let{value:e}=p;return e?[]:null}return t}),h=q(()=>{let{value:e}=m;return Array.isArray(e)?e.length>0:e!==null}),g=q(()=>t?.value?.DataTable?.renderFilter||e.column.renderFilter);function _(t){let n=yn(f.value,e.column.key,t);c(n,e.column),o.value===`first`&&s(1)}function v(){d.value=!1}function y(){d.value=!1}return{mergedTheme:n,mergedClsPrefix:r,active:h,showPopover:d,mergedRenderFilter:g,filterIconPopoverProps:u,filterMultiple:p,mergedFilterValue:m,filterMenuCssVars:a,handleFilterChange:_,handleFilterMenuConfirm:y,handleFilterMenuCancel:v}},render(){let{mergedTheme:e,mergedClsPrefix:t,handleFilterMenuCancel:n,filterIconPopoverProps:r}=this;return U(),G(ae,Q({show:this.showPopover,onUpdateShow:e=>this.showPopover=e,trigger:`click`,theme:e.peers.Popover,themeOverrides:e.peerOverrides.Popover,placement:`bottom`},r,{style:{padding:0}}),{trigger:()=>{let{mergedRenderFilter:e}=this;if(e)return U(),G(vn,{key:1,"data-data-table-filter":!0,render:e,active:this.active,show:this.showPopover},null,8,[`render`,`active`,`show`]);let{renderFilterIcon:n}=this.column;return U(),J(`div`,{"data-data-table-filter":!0,class:b([`${t}-data-table-filter`,{[`${t}-data-table-filter--active`]:this.active,[`${t}-data-table-filter--show`]:this.showPopover}])},[n?(U(),J(K,{key:0},[S(()=>n({active:this.active,show:this.showPopover}))],64)):(U(),G(k,{key:1,clsPrefix:t},{default:()=>(U(),G(gn))},1032,[`clsPrefix`]))],2)},default:()=>{let{renderFilterMenu:e}=this.column;return e?e({hide:n}):(U(),G(_n,{key:2,style:$(this.filterMenuCssVars),radioGroupName:String(this.column.key),multiple:this.filterMultiple,value:this.mergedFilterValue,options:this.options,column:this.column,onChange:this.handleFilterChange,onClear:this.handleFilterMenuCancel,onConfirm:this.handleFilterMenuConfirm},null,8,[`style`,`radioGroupName`,`multiple`,`value`,`options`,`column`,`onChange`,`onClear`,`onConfirm`]))}},1040,[`show`,`onUpdateShow`,`theme`,`themeOverrides`])}}),xn=[`onMousedown`],Sn=Z({name:`ColumnResizeButton`,props:{onResizeStart:Function,onResize:Function,onResizeEnd:Function},setup(e){let{mergedClsPrefixRef:t}=W(Wt),n=H(!1),r=0;function i(e){return e.clientX}function a(t){t.preventDefault();let a=n.value;r=i(t),n.value=!0,a||(Ne(`mousemove`,window,o),Ne(`mouseup`,window,s),e.onResizeStart?.())}function o(t){e.onResize?.(i(t)-r)}function s(){n.value=!1,e.onResizeEnd?.(),Ie(`mousemove`,window,o),Ie(`mouseup`,window,s)}return se(()=>{Ie(`mousemove`,window,o),Ie(`mouseup`,window,s)}),{mergedClsPrefix:t,active:n,handleMousedown:a}},render(){let{mergedClsPrefix:e}=this;return U(),J(`span`,{"data-data-table-resizable":!0,class:b([`${e}-data-table-resize-button`,this.active&&`${e}-data-table-resize-button--active`]),onMousedown:this.handleMousedown},null,42,xn)}}),Cn=Z({name:`ArrowDown`,render(){return(()=>{let e=u(`bd1a1948a64f963c`);return e[0]||=X(`svg`,{viewBox:`0 0 28 28`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[X(`g`,{stroke:`none`,"stroke-width":`1`,"fill-rule":`evenodd`},[X(`g`,{"fill-rule":`nonzero`},[X(`path`,{d:`M23.7916,15.2664 C24.0788,14.9679 24.0696,14.4931 23.7711,14.206 C23.4726,13.9188 22.9978,13.928 22.7106,14.2265 L14.7511,22.5007 L14.7511,3.74792 C14.7511,3.33371 14.4153,2.99792 14.0011,2.99792 C13.5869,2.99792 13.2511,3.33371 13.2511,3.74793 L13.2511,22.4998 L5.29259,14.2265 C5.00543,13.928 4.53064,13.9188 4.23213,14.206 C3.93361,14.4931 3.9244,14.9679 4.21157,15.2664 L13.2809,24.6944 C13.6743,25.1034 14.3289,25.1034 14.7223,24.6944 L23.7916,15.2664 Z`})])])],-1)})()}}),wn=Z({name:`DataTableRenderSorter`,props:{render:{type:Function,required:!0},order:{type:[String,Boolean],default:!1}},render(){let{render:e,order:t}=this;return e({order:t})}}),Tn=Z({name:`SortIcon`,props:{column:{type:Object,required:!0}},setup(e){let{mergedComponentPropsRef:t}=l(),{mergedSortStateRef:n,mergedClsPrefixRef:r}=W(Wt),i=q(()=>n.value.find(t=>t.columnKey===e.column.key)),a=q(()=>i.value!==void 0);return{mergedClsPrefix:r,active:a,mergedSortOrder:q(()=>{let{value:e}=i;return e&&a.value?e.order:!1}),mergedRenderSorter:q(()=>t?.value?.DataTable?.renderSorter||e.column.renderSorter)}},render(){let{mergedRenderSorter:e,mergedSortOrder:t,mergedClsPrefix:n}=this,{renderSorterIcon:r}=this.column;return e?(U(),G(wn,{key:1,render:e,order:t},null,8,[`render`,`order`])):(U(),J(`span`,{key:2,class:b([`${n}-data-table-sorter`,t===`ascend`&&`${n}-data-table-sorter--asc`,t===`descend`&&`${n}-data-table-sorter--desc`])},[r?(U(),J(K,{key:0},[S(()=>r({order:t}))],64)):(U(),G(k,{key:1,clsPrefix:n},{default:()=>(U(),G(Cn))},1032,[`clsPrefix`]))],2))}}),En=`_n_all__`,Dn=`_n_none__`;function On(e,t,n,r){return e?i=>{for(let a of e)switch(i){case En:n(!0);return;case Dn:r(!0);return;default:if(typeof a==`object`&&a.key===i){a.onSelect(t.value);return}}}:()=>{}}function kn(e,t){return e?e.map(e=>{switch(e){case`all`:return{label:t.checkTableAll,key:En};case`none`:return{label:t.uncheckTableAll,key:Dn};default:return e}}):[]}var An=Z({name:`DataTableSelectionMenu`,props:{clsPrefix:{type:String,required:!0}},setup(e){let{props:t,localeRef:n,checkOptionsRef:r,rawPaginatedDataRef:i,doCheckAll:a,doUncheckAll:o}=W(Wt),s=q(()=>On(r.value,i,a,o)),c=q(()=>kn(r.value,n.value));return()=>{let{clsPrefix:n}=e;return U(),G(Se,{theme:t.theme?.peers?.Dropdown,themeOverrides:t.themeOverrides?.peers?.Dropdown,options:c.value,onSelect:s.value},{default:()=>(U(),G(k,{clsPrefix:n,class:b(`${n}-data-table-check-extra`)},{default:()=>(U(),G(ge))},1032,[`clsPrefix`,`class`]))},1032,[`theme`,`themeOverrides`,`options`,`onSelect`])}}}),jn=[`data-n-id`],Mn=[`colspan`],Nn={style:{position:`relative`}},Pn=[`data-n-id`],Fn=[`onScroll`];function In(e){return typeof e.title==`function`?e.title(e):e.title}var Ln=Z({props:{clsPrefix:{type:String,required:!0},id:{type:String,required:!0},cols:{type:Array,required:!0},width:String},render(){let{clsPrefix:e,id:t,cols:n,width:r}=this;return U(),J(`table`,{style:$({tableLayout:`fixed`,width:r}),class:b(`${e}-data-table-table`)},[X(`colgroup`,null,[S(()=>n.map(e=>(U(),J(`col`,{key:e.key,style:$(e.style)},null,4))))]),X(`thead`,{"data-n-id":t,class:b(`${e}-data-table-thead`)},[S(()=>this.$slots.default?.())],10,jn)],6)}}),Rn=Z({name:`DataTableHeader`,props:{discrete:{type:Boolean,default:!0}},setup(){let{mergedClsPrefixRef:e,scrollXRef:t,fixedColumnLeftMapRef:n,fixedColumnRightMapRef:r,mergedCurrentPageRef:i,allRowsCheckedRef:a,someRowsCheckedRef:o,rowsRef:s,colsRef:c,mergedThemeRef:l,checkOptionsRef:u,mergedSortStateRef:d,componentId:f,mergedTableLayoutRef:p,headerCheckboxDisabledRef:m,virtualScrollHeaderRef:h,headerHeightRef:g,onUnstableColumnResize:_,doUpdateResizableWidth:v,handleTableHeaderScroll:y,deriveNextSorter:b,doUncheckAll:x,doCheckAll:S}=W(Wt),C=H(),w=H({});function T(e){return w.value[e]?.getBoundingClientRect().width}function E(){a.value?x():S()}function D(e,t){if(te(e,`dataTableFilter`)||te(e,`dataTableResizable`)||!cn(t))return;let n=fn(t,d.value.find(e=>e.columnKey===t.key)||null);b(n)}let O=new Map;function k(e){O.set(e.key,T(e.key))}function A(e,t){let n=O.get(e.key);if(n===void 0)return;let r=n+t,i=rn(r,e.minWidth,e.maxWidth);_(r,i,e,T),v(e,i)}return{cellElsRef:w,componentId:f,mergedSortState:d,mergedClsPrefix:e,scrollX:t,fixedColumnLeftMap:n,fixedColumnRightMap:r,currentPage:i,allRowsChecked:a,someRowsChecked:o,rows:s,cols:c,mergedTheme:l,checkOptions:u,mergedTableLayout:p,headerCheckboxDisabled:m,headerHeight:g,virtualScrollHeader:h,virtualListRef:C,handleCheckboxUpdateChecked:E,handleColHeaderClick:D,handleTableHeaderScroll:y,handleColumnResizeStart:k,handleColumnResize:A}},render(){let{cellElsRef:e,mergedClsPrefix:t,fixedColumnLeftMap:n,fixedColumnRightMap:r,currentPage:i,allRowsChecked:a,someRowsChecked:o,rows:s,cols:c,mergedTheme:l,checkOptions:u,componentId:d,discrete:f,mergedTableLayout:p,headerCheckboxDisabled:m,mergedSortState:h,virtualScrollHeader:g,handleColHeaderClick:_,handleCheckboxUpdateChecked:v,handleColumnResizeStart:y,handleColumnResize:x}=this,C=!1,w=(s,c,d)=>s.map(({column:s,colIndex:f,colSpan:p,rowSpan:g,isLast:w})=>{let T=en(s),{ellipsis:E}=s;!C&&E&&(C=!0);let D=()=>s.type===`selection`?s.multiple===!1?null:(U(),J(K,{key:1},[(U(),G(ot,{key:i,privateInsideTable:!0,checked:a,indeterminate:o,disabled:m,onUpdateChecked:v},null,8,[`checked`,`indeterminate`,`disabled`,`onUpdateChecked`])),u?(U(),G(An,{key:0,clsPrefix:t},null,8,[`clsPrefix`])):S(()=>null)],64)):(U(),J(K,null,[X(`div`,{class:b(`${t}-data-table-th__title-wrapper`)},[X(`div`,{class:b(`${t}-data-table-th__title`)},[E===!0||E&&!E.tooltip?(U(),J(`div`,{key:0,class:b(`${t}-data-table-th__ellipsis`)},[S(()=>In(s))],2)):(U(),J(K,{key:1},[E&&typeof E==`object`?(U(),G(Xt,Q({key:0},E,{theme:l.peers.Ellipsis,themeOverrides:l.peerOverrides.Ellipsis}),{default:()=>In(s)},1040,[`theme`,`themeOverrides`])):(U(),J(K,{key:1},[S(()=>In(s))],64))],64))],2),cn(s)?(U(),G(Tn,{key:0,column:s},null,8,[`column`])):S(()=>null)],2),un(s)?(U(),G(bn,{key:0,column:s,options:s.filterOptions},null,8,[`column`,`options`])):S(()=>null),ln(s)?(U(),G(Sn,{key:2,onResizeStart:()=>{y(s)},onResize:e=>{x(s,e)}},null,8,[`onResizeStart`,`onResize`])):S(()=>null)],64)),O=T in n,k=T in r,A=c&&!s.fixed?`div`:`th`;return U(),G(A,{ref:t=>e[T]=t,key:T,style:$([c&&!s.fixed?{position:`absolute`,left:Be(c(f)),top:0,bottom:0}:{left:Be(n[T]?.start),right:Be(r[T]?.start)},{width:Be(s.width),textAlign:s.titleAlign||s.align,height:d}]),colspan:p,rowspan:g,"data-col-key":T,class:b([`${t}-data-table-th`,(O||k)&&`${t}-data-table-th--fixed-${O?`left`:`right`}`,{[`${t}-data-table-th--sorting`]:pn(s,h),[`${t}-data-table-th--filterable`]:un(s),[`${t}-data-table-th--sortable`]:cn(s),[`${t}-data-table-th--selection`]:s.type===`selection`,[`${t}-data-table-th--last`]:w},s.className]),onClick:s.type!==`selection`&&s.type!==`expand`&&!(`children`in s)?e=>{_(e,s)}:void 0},{default:oe(()=>[S(()=>D())]),_:2},1032,[`style`,`colspan`,`rowspan`,`data-col-key`,`class`,`onClick`])});if(g){let{headerHeight:e}=this,n=0,r=0;return c.forEach(e=>{e.column.fixed===`left`?n++:e.column.fixed===`right`&&r++}),U(),G(je,{key:2,ref:`virtualListRef`,class:b(`${t}-data-table-base-table-header`),style:$({height:Be(e)}),onScroll:this.handleTableHeaderScroll,columns:c,itemSize:e,showScrollbar:!1,items:[{}],itemResizable:!1,visibleItemsTag:Ln,visibleItemsProps:{clsPrefix:t,id:d,cols:c,width:Re(this.scrollX)},renderItemWithCols:({startColIndex:t,endColIndex:i,getLeft:a})=>{let o=c.map((e,t)=>({column:e.column,isLast:t===c.length-1,colIndex:e.index,colSpan:1,rowSpan:1})).filter(({column:e},n)=>!!(t<=n&&n<=i||e.fixed)),s=w(o,a,Be(e));return s.splice(n,0,(U(),J(`th`,{colspan:c.length-n-r,style:{pointerEvents:`none`,visibility:`hidden`,height:0}},null,8,Mn))),U(),J(`tr`,Nn,[S(()=>s)])}},{default:({renderedItemWithCols:e})=>e},1032,[`class`,`style`,`onScroll`,`columns`,`itemSize`,`visibleItemsTag`,`visibleItemsProps`,`renderItemWithCols`])}let T=(U(),J(`thead`,{class:b(`${t}-data-table-thead`),"data-n-id":d},[S(()=>s.map(e=>(U(),J(`tr`,{class:b(`${t}-data-table-tr`)},[S(()=>w(e,null,void 0))],2))))],10,Pn));if(!f)return T;let{handleTableHeaderScroll:E,scrollX:D}=this;return U(),J(`div`,{class:b(`${t}-data-table-base-table-header`),onScroll:E},[X(`table`,{class:b(`${t}-data-table-table`),style:$({minWidth:Re(D),tableLayout:p})},[X(`colgroup`,null,[S(()=>c.map(e=>(U(),J(`col`,{key:e.key,style:$(e.style)},null,4))))]),S(()=>T)],6)],42,Fn)}}),zn=Z({name:`DataTableBodyCheckbox`,props:{rowKey:{type:[String,Number],required:!0},disabled:{type:Boolean,required:!0},onUpdateChecked:{type:Function,required:!0}},setup(e){let{mergedCheckedRowKeySetRef:t,mergedInderminateRowKeySetRef:n}=W(Wt);return()=>{let{rowKey:r}=e;return U(),G(ot,{privateInsideTable:!0,disabled:e.disabled,indeterminate:n.value.has(r),checked:t.value.has(r),onUpdateChecked:e.onUpdateChecked},null,8,[`disabled`,`indeterminate`,`checked`,`onUpdateChecked`])}}}),Bn=Z({name:`DataTableBodyRadio`,props:{rowKey:{type:[String,Number],required:!0},disabled:{type:Boolean,required:!0},onUpdateChecked:{type:Function,required:!0}},setup(e){let{mergedCheckedRowKeySetRef:t,componentId:n}=W(Wt);return()=>{let{rowKey:r}=e;return U(),G(Je,{name:n,disabled:e.disabled,checked:t.value.has(r),onUpdateChecked:e.onUpdateChecked},null,8,[`name`,`disabled`,`checked`,`onUpdateChecked`])}}}),Vn=Z({name:`DataTableCell`,props:{clsPrefix:{type:String,required:!0},row:{type:Object,required:!0},index:{type:Number,required:!0},column:{type:Object,required:!0},isSummary:Boolean,mergedTheme:{type:Object,required:!0},renderCell:Function},render(){let{isSummary:e,column:t,row:n,renderCell:r}=this,i,{render:a,key:o,ellipsis:s}=t;if(i=a&&!e?a(n,this.index):e?n[o]?.value:r?r(Ye(n,o),n,t):Ye(n,o),s){if(typeof s==`object`){let{mergedTheme:e}=this;return t.ellipsisComponent===`performant-ellipsis`?(U(),G(Zt,Q({key:1},s,{theme:e.peers.Ellipsis,themeOverrides:e.peerOverrides.Ellipsis}),{default:()=>i},1040,[`theme`,`themeOverrides`])):(U(),G(Xt,Q({key:2},s,{theme:e.peers.Ellipsis,themeOverrides:e.peerOverrides.Ellipsis}),{default:()=>i},1040,[`theme`,`themeOverrides`]))}return U(),J(`span`,{key:3,class:b(`${this.clsPrefix}-data-table-td__ellipsis`)},[S(()=>i)],2)}return i}}),Hn=[`onClick`],Un=Z({name:`DataTableExpandTrigger`,props:{clsPrefix:{type:String,required:!0},expanded:Boolean,loading:Boolean,onClick:{type:Function,required:!0},renderExpandIcon:{type:Function},rowData:{type:Object,required:!0}},render(){let{clsPrefix:e}=this;return(()=>{let t=u(`82f30e69bbec5134`);return U(),J(`div`,{class:b([`${e}-data-table-expand-trigger`,this.expanded&&`${e}-data-table-expand-trigger--expanded`]),onClick:this.onClick,onMousedown:t[0]||=e=>{e.preventDefault()}},[fe(F,null,{default:()=>this.loading?(U(),G(N,{key:`loading`,clsPrefix:this.clsPrefix,radius:85,strokeWidth:15,scale:.88},null,8,[`clsPrefix`])):this.renderExpandIcon?this.renderExpandIcon({expanded:this.expanded,rowData:this.rowData}):(U(),G(k,{clsPrefix:e,key:`base-icon`},{default:()=>(U(),G(we))},1032,[`clsPrefix`]))},1024)],42,Hn)})()}}),Wn=[`onMouseenter`,`onMouseleave`],Gn=[`data-n-id`],Kn=[`colspan`],qn=[`colspan`],Jn=[`onMouseenter`],Yn=[`onMouseleave`];function Xn(e,t){let n=[];function r(e,i){e.forEach(e=>{e.children&&t.has(e.key)?(n.push({tmNode:e,striped:!1,key:e.key,index:i}),r(e.children,i)):n.push({key:e.key,tmNode:e,striped:!1,index:i})})}return e.forEach(e=>{n.push(e);let{children:i}=e.tmNode;i&&t.has(e.key)&&r(i,e.index)}),n}var Zn=Z({props:{clsPrefix:{type:String,required:!0},id:{type:String,required:!0},cols:{type:Array,required:!0},onMouseenter:Function,onMouseleave:Function},render(){let{clsPrefix:e,id:t,cols:n,onMouseenter:r,onMouseleave:i}=this;return U(),J(`table`,{style:{tableLayout:`fixed`},class:b(`${e}-data-table-table`),onMouseenter:r,onMouseleave:i},[X(`colgroup`,null,[S(()=>n.map(e=>(U(),J(`col`,{key:e.key,style:$(e.style)},null,4))))]),X(`tbody`,{"data-n-id":t,class:b(`${e}-data-table-tbody`)},[S(()=>this.$slots.default?.())],10,Gn)],42,Wn)}}),Qn=Z({name:`DataTableBody`,props:{onResize:Function,showHeader:Boolean,flexHeight:Boolean,bodyStyle:Object},setup(e){let{slots:t,bodyWidthRef:n,mergedExpandedRowKeysRef:r,mergedClsPrefixRef:i,mergedThemeRef:o,scrollXRef:s,colsRef:l,paginatedDataRef:u,rawPaginatedDataRef:d,fixedColumnLeftMapRef:f,fixedColumnRightMapRef:p,mergedCurrentPageRef:m,rowClassNameRef:_,leftActiveFixedColKeyRef:v,leftActiveFixedChildrenColKeysRef:b,rightActiveFixedColKeyRef:x,rightActiveFixedChildrenColKeysRef:S,renderExpandRef:C,hoverKeyRef:w,summaryRef:T,mergedSortStateRef:E,virtualScrollRef:D,virtualScrollXRef:O,heightForRowRef:k,minRowHeightRef:A,componentId:j,mergedTableLayoutRef:M,childTriggerColIndexRef:N,indentRef:P,rowPropsRef:F,stripedRef:I,loadingRef:L,onLoadRef:ee,loadingKeySetRef:R,expandableRef:z,stickyExpandedRowsRef:te,renderExpandIconRef:ne,summaryPlacementRef:B,treeMateRef:re,scrollbarPropsRef:V,setHeaderScrollLeft:ie,doUpdateExpandedRowKeys:ae,handleTableBodyScroll:oe,doCheck:U,doUncheck:se,renderCell:ce,xScrollableRef:le,explicitlyScrollableRef:ue}=W(Wt),G=W(c,null),fe=H(null),K=H(null),me=H(null),J=q(()=>G?.mergedComponentPropsRef.value?.DataTable?.renderEmpty),Y=h(()=>u.value.length===0),X=h(()=>D.value&&!Y.value),Z=``,Q=q(()=>new Set(r.value));function he(e){return re.value.getNode(e)?.rawNode}function $(e,t,n){let r=he(e.key);if(!r)y(`data-table`,`fail to get row data with key ${e.key}`);else{if(n){let n=u.value.findIndex(e=>e.key===Z);if(n!==-1){let i=u.value.findIndex(t=>t.key===e.key),a=Math.min(n,i),o=Math.max(n,i),s=[];u.value.slice(a,o+1).forEach(e=>{e.disabled||s.push(e.key)}),t?U(s,!1,r):se(s,r),Z=e.key;return}}t?U(e.key,!1,r):se(e.key,r),Z=e.key}}function ge(e){let t=he(e.key);t?U(e.key,!0,t):y(`data-table`,`fail to get row data with key ${e.key}`)}function _e(){if(X.value)return be();let{value:e}=fe;return e?e.containerRef:null}function ve(e,t){if(R.value.has(e))return;let{value:n}=r,i=n.indexOf(e),a=Array.from(n);~i?(a.splice(i,1),ae(a)):t&&!t.isLeaf&&!t.shallowLoaded?(R.value.add(e),ee.value?.(t.rawNode).then(()=>{let{value:t}=r,n=Array.from(t);~n.indexOf(e)||n.push(e),ae(n)}).finally(()=>{R.value.delete(e)})):(a.push(e),ae(a))}function ye(){w.value=null}function be(){let{value:e}=K;return e?.listElRef||null}function xe(){let{value:e}=K;return e?.itemsElRef||null}function Se(e){oe(e),fe.value?.sync()}function Ce(t){let{onResize:n}=e;n&&n(t),fe.value?.sync()}let we={getScrollContainer:_e,scrollTo(e,t){D.value?K.value?.scrollTo(e,t):fe.value?.scrollTo(e,t)}},Te=g([({props:e})=>{let t=t=>t===null?null:g(`[data-n-id="${e.componentId}"] [data-col-key="${t}"]::after`,{boxShadow:`var(--n-box-shadow-after)`}),n=t=>t===null?null:g(`[data-n-id="${e.componentId}"] [data-col-key="${t}"]::before`,{boxShadow:`var(--n-box-shadow-before)`});return g([t(e.leftActiveFixedColKey),n(e.rightActiveFixedColKey),e.leftActiveFixedChildrenColKeys.map(e=>t(e)),e.rightActiveFixedChildrenColKeys.map(e=>n(e))])}]),Ee=!1;return de(()=>{let{value:e}=v,{value:t}=b,{value:n}=x,{value:r}=S;if(!Ee&&e===null&&n===null)return;let i={leftActiveFixedColKey:e,leftActiveFixedChildrenColKeys:t,rightActiveFixedColKey:n,rightActiveFixedChildrenColKeys:r,componentId:j};Te.mount({id:`n-${j}`,force:!0,props:i,anchorMetaName:a,parent:G?.styleMountTarget}),Ee=!0}),pe(()=>{Te.unmount({id:`n-${j}`,parent:G?.styleMountTarget})}),{bodyWidth:n,summaryPlacement:B,dataTableSlots:t,componentId:j,scrollbarInstRef:fe,virtualListRef:K,emptyElRef:me,summary:T,mergedClsPrefix:i,mergedTheme:o,mergedRenderEmpty:J,scrollX:s,cols:l,loading:L,shouldDisplayVirtualList:X,empty:Y,paginatedDataAndInfo:q(()=>{let{value:e}=I,t=!1;return{data:u.value.map(e?(e,n)=>(e.isLeaf||(t=!0),{tmNode:e,key:e.key,striped:n%2==1,index:n}):(e,n)=>(e.isLeaf||(t=!0),{tmNode:e,key:e.key,striped:!1,index:n})),hasChildren:t}}),rawPaginatedData:d,fixedColumnLeftMap:f,fixedColumnRightMap:p,currentPage:m,rowClassName:_,renderExpand:C,mergedExpandedRowKeySet:Q,hoverKey:w,mergedSortState:E,virtualScroll:D,virtualScrollX:O,heightForRow:k,minRowHeight:A,mergedTableLayout:M,childTriggerColIndex:N,indent:P,rowProps:F,loadingKeySet:R,expandable:z,stickyExpandedRows:te,renderExpandIcon:ne,scrollbarProps:V,setHeaderScrollLeft:ie,handleVirtualListScroll:Se,handleVirtualListResize:Ce,handleMouseleaveTable:ye,virtualListContainer:be,virtualListContent:xe,handleTableBodyScroll:oe,handleCheckboxUpdateChecked:$,handleRadioUpdateChecked:ge,handleUpdateExpanded:ve,renderCell:ce,explicitlyScrollable:ue,xScrollable:le,...we}},render(){let{mergedTheme:e,scrollX:n,mergedClsPrefix:r,explicitlyScrollable:i,xScrollable:a,loadingKeySet:o,onResize:s,setHeaderScrollLeft:c,empty:l,shouldDisplayVirtualList:u}=this,d={minWidth:Re(n)||`100%`};n&&(d.width=`100%`);let f=()=>(U(),J(`div`,{class:b([`${r}-data-table-empty`,this.loading&&`${r}-data-table-empty--hide`]),style:$([this.bodyStyle,a?`position: sticky; left: 0; width: var(--n-scrollbar-current-width);`:void 0]),ref:`emptyElRef`},[S(()=>t(this.dataTableSlots.empty,()=>[this.mergedRenderEmpty?.()||(U(),G(Ge,{theme:this.mergedTheme.peers.Empty,themeOverrides:this.mergedTheme.peerOverrides.Empty},null,8,[`theme`,`themeOverrides`]))]))],6));return U(),G(Ve,Q(this.scrollbarProps,{ref:`scrollbarInstRef`,scrollable:i||a,class:`${r}-data-table-base-table-body`,style:l?void 0:this.bodyStyle,theme:e.peers.Scrollbar,themeOverrides:e.peerOverrides.Scrollbar,contentStyle:d,container:u?this.virtualListContainer:void 0,content:u?this.virtualListContent:void 0,horizontalRailStyle:{zIndex:3},verticalRailStyle:{zIndex:3},internalExposeWidthCssVar:a&&l,xScrollable:a,onScroll:u?void 0:this.handleTableBodyScroll,internalOnUpdateScrollLeft:c,onResize:s}),{default:()=>{if(this.empty&&!this.showHeader&&(this.explicitlyScrollable||this.xScrollable))return f();let e={},t={},{cols:n,paginatedDataAndInfo:i,mergedTheme:a,fixedColumnLeftMap:s,fixedColumnRightMap:c,currentPage:l,rowClassName:u,mergedSortState:p,mergedExpandedRowKeySet:m,stickyExpandedRows:h,componentId:g,childTriggerColIndex:_,expandable:v,rowProps:y,handleMouseleaveTable:x,renderExpand:C,summary:w,handleCheckboxUpdateChecked:T,handleRadioUpdateChecked:E,handleUpdateExpanded:D,heightForRow:O,minRowHeight:k,virtualScrollX:A}=this,{length:j}=n,M,{data:N,hasChildren:P}=i,F=P?Xn(N,m):N;if(w){let e=w(this.rawPaginatedData);if(Array.isArray(e)){let t=e.map((e,t)=>({isSummaryRow:!0,key:`__n_summary__${t}`,tmNode:{rawNode:e,disabled:!0},index:-1}));M=this.summaryPlacement===`top`?[...t,...F]:[...F,...t]}else{let t={isSummaryRow:!0,key:`__n_summary__`,tmNode:{rawNode:e,disabled:!0},index:-1};M=this.summaryPlacement===`top`?[t,...F]:[...F,t]}}else M=F;let I=P?{width:Be(this.indent)}:void 0,L=[];M.forEach(e=>{C&&m.has(e.key)&&(!v||v(e.tmNode.rawNode))?L.push(e,{isExpandedRow:!0,key:`${e.key}-expand`,tmNode:e.tmNode,index:e.index}):L.push(e)});let{length:ee}=L,R={};N.forEach(({tmNode:e},t)=>{R[t]=e.key});let z=h?this.bodyWidth:null,te=z===null?void 0:`${z}px`,ne=this.virtualScrollX?`div`:`td`,B=0,re=0;A&&n.forEach(e=>{e.column.fixed===`left`?B++:e.column.fixed===`right`&&re++});let V=({rowInfo:i,displayedRowIndex:d,isVirtual:f,isVirtualX:g,startColIndex:v,endColIndex:x,getLeft:w})=>{let{index:A}=i;if(`isExpandedRow`in i){let{tmNode:{key:e,rawNode:t}}=i;return U(),J(`tr`,{class:b(`${r}-data-table-tr ${r}-data-table-tr--expanded`),key:`${e}__expand`},[X(`td`,{class:b([`${r}-data-table-td`,`${r}-data-table-td--last-col`,d+1===ee&&`${r}-data-table-td--last-row`]),colspan:j},[h?(U(),J(`div`,{key:0,class:b(`${r}-data-table-expand`),style:$({width:te})},[S(()=>C(t,A))],6)):(U(),J(K,{key:1},[S(()=>C(t,A))],64))],10,Kn)],2)}let M=`isSummaryRow`in i,N=!M&&i.striped,{tmNode:F,key:L}=i,{rawNode:z}=F,V=m.has(L),ie=y?y(z,A):void 0,ae=typeof u==`string`?u:on(z,A,u),H=g?n.filter((e,t)=>!!(v<=t&&t<=x||e.column.fixed)):n,se=g?Be(O?.(z,A)||k):void 0,ce=H.map(n=>{let u=n.index;if(d in e){let t=e[d],n=t.indexOf(u);if(~n)return t.splice(n,1),null}let{column:m}=n,h=en(n),{rowSpan:v,colSpan:y}=m,x=M?i.tmNode.rawNode[h]?.colSpan||1:y?y(z,A):1,C=M?i.tmNode.rawNode[h]?.rowSpan||1:v?v(z,A):1,O=u+x===j,k=d+C===ee,N=C>1;if(N&&(t[d]={[u]:[]}),x>1||N)for(let n=d;n<d+C;++n){N&&t[d][u].push(R[n]);for(let t=u;t<u+x;++t)(n!==d||t!==u)&&(n in e?e[n].push(t):e[n]=[t])}let F=N?this.hoverKey:null,{cellProps:te}=m,B=te?.(z,A),re={"--indent-offset":``},ie=m.fixed?`td`:ne;return U(),G(ie,Q(B,{key:h,style:[{textAlign:m.align||void 0,width:Be(m.width)},g&&{height:se},g&&!m.fixed?{position:`absolute`,left:Be(w(u)),top:0,bottom:0}:{left:Be(s[h]?.start),right:Be(c[h]?.start)},re,B?.style||``],colspan:x,rowspan:f?void 0:C,"data-col-key":h,class:[`${r}-data-table-td`,m.className,B?.class,M&&`${r}-data-table-td--summary`,F!==null&&t[d][u].includes(F)&&`${r}-data-table-td--hover`,pn(m,p)&&`${r}-data-table-td--sorting`,m.fixed&&`${r}-data-table-td--fixed-${m.fixed}`,m.align&&`${r}-data-table-td--${m.align}-align`,m.type===`selection`&&`${r}-data-table-td--selection`,m.type===`expand`&&`${r}-data-table-td--expand`,O&&`${r}-data-table-td--last-col`,k&&`${r}-data-table-td--last-row`]}),{default:oe(()=>[P&&u===_?(U(),J(K,{key:0},[S(()=>[Fe(re[`--indent-offset`]=M?0:i.tmNode.level,(U(),J(`div`,{class:b(`${r}-data-table-indent`),style:$(I)},null,6))),M||i.tmNode.isLeaf?(U(),J(`div`,{key:2,class:b(`${r}-data-table-expand-placeholder`)},null,2)):(U(),G(Un,{key:3,class:b(`${r}-data-table-expand-trigger`),clsPrefix:r,expanded:V,rowData:z,renderExpandIcon:this.renderExpandIcon,loading:o.has(i.key),onClick:()=>{D(L,i.tmNode)}},null,8,[`class`,`clsPrefix`,`expanded`,`rowData`,`renderExpandIcon`,`loading`,`onClick`]))])],64)):S(()=>null),m.type===`selection`?(U(),J(K,{key:2},[M?S(()=>null):(U(),J(K,{key:0},[m.multiple===!1?(U(),G(Bn,{key:l,rowKey:L,disabled:i.tmNode.disabled,onUpdateChecked:()=>{E(i.tmNode)}},null,8,[`rowKey`,`disabled`,`onUpdateChecked`])):(U(),G(zn,{key:l,rowKey:L,disabled:i.tmNode.disabled,onUpdateChecked:(e,t)=>{T(i.tmNode,e,t.shiftKey)}},null,8,[`rowKey`,`disabled`,`onUpdateChecked`]))],64))],64)):(U(),J(K,{key:3},[m.type===`expand`?(U(),J(K,{key:0},[M?S(()=>null):(U(),J(K,{key:0},[!m.expandable||m.expandable?.(z)?(U(),G(Un,{key:0,clsPrefix:r,rowData:z,expanded:V,renderExpandIcon:this.renderExpandIcon,onClick:()=>{D(L,null)}},null,8,[`clsPrefix`,`rowData`,`expanded`,`renderExpandIcon`,`onClick`])):S(()=>null)],64))],64)):(U(),G(Vn,{key:1,clsPrefix:r,index:A,row:z,column:m,isSummary:M,mergedTheme:a,renderCell:this.renderCell},null,8,[`clsPrefix`,`index`,`row`,`column`,`isSummary`,`mergedTheme`,`renderCell`]))],64))]),_:2},1040,[`style`,`colspan`,`rowspan`,`data-col-key`,`class`])});return g&&B&&re&&ce.splice(B,0,(U(),J(`td`,{key:4,colspan:n.length-B-re,style:{pointerEvents:`none`,visibility:`hidden`,height:0}},null,8,qn))),U(),J(`tr`,Q(ie,{onMouseenter:e=>{this.hoverKey=L,ie?.onMouseenter?.(e)},key:L,class:[`${r}-data-table-tr`,M&&`${r}-data-table-tr--summary`,N&&`${r}-data-table-tr--striped`,V&&`${r}-data-table-tr--expanded`,ae,ie?.class],style:[ie?.style,g&&{height:se}]}),[S(()=>ce)],16,Jn)};return this.shouldDisplayVirtualList?(U(),G(je,{key:6,ref:`virtualListRef`,items:L,itemSize:this.minRowHeight,visibleItemsTag:Zn,visibleItemsProps:{clsPrefix:r,id:g,cols:n,onMouseleave:x},showScrollbar:!1,onResize:this.handleVirtualListResize,onScroll:this.handleVirtualListScroll,itemsStyle:d,itemResizable:!A,columns:n,renderItemWithCols:A?({itemIndex:e,item:t,startColIndex:n,endColIndex:r,getLeft:i})=>V({displayedRowIndex:e,isVirtual:!0,isVirtualX:!0,rowInfo:t,startColIndex:n,endColIndex:r,getLeft:i}):void 0},{default:({item:e,index:t,renderedItemWithCols:n})=>n||V({rowInfo:e,displayedRowIndex:t,isVirtual:!0,isVirtualX:!1,startColIndex:0,endColIndex:0,getLeft(e){return 0}})},1032,[`items`,`itemSize`,`visibleItemsTag`,`visibleItemsProps`,`onResize`,`onScroll`,`itemsStyle`,`itemResizable`,`columns`,`renderItemWithCols`])):(U(),J(K,{key:5},[X(`table`,{class:b(`${r}-data-table-table`),onMouseleave:x,style:$({tableLayout:this.mergedTableLayout})},[X(`colgroup`,null,[S(()=>n.map(e=>(U(),J(`col`,{key:e.key,style:$(e.style)},null,4))))]),this.showHeader?(U(),G(Rn,{key:0,discrete:!1})):S(()=>null),this.empty?S(()=>null):(U(),J(`tbody`,{key:2,"data-n-id":g,class:b(`${r}-data-table-tbody`)},[S(()=>L.map((e,t)=>V({rowInfo:e,displayedRowIndex:t,isVirtual:!1,isVirtualX:!1,startColIndex:-1,endColIndex:-1,getLeft(e){return-1}})))],10,[`data-n-id`]))],46,Yn),this.empty?(U(),J(K,{key:0},[S(()=>f())],64)):S(()=>null)],64))}},1040,[`scrollable`,`class`,`style`,`theme`,`themeOverrides`,`contentStyle`,`container`,`content`,`internalExposeWidthCssVar`,`xScrollable`,`onScroll`,`internalOnUpdateScrollLeft`,`onResize`])}}),$n=Z({name:`MainTable`,setup(){let{mergedClsPrefixRef:e,rightFixedColumnsRef:t,leftFixedColumnsRef:n,bodyWidthRef:r,maxHeightRef:i,minHeightRef:a,flexHeightRef:o,virtualScrollHeaderRef:s,syncScrollState:c,scrollXRef:l}=W(Wt),u=H(null),d=H(null),f=H(null),p=H(!(n.value.length||t.value.length)),m=q(()=>({maxHeight:Re(i.value),minHeight:Re(a.value)}));function h(e){r.value=e.contentRect.width,c(`layout`),p.value||=!0}function g(){let{value:e}=u;return e?s.value?e.virtualListRef?.listElRef||null:e.$el:null}function _(){let{value:e}=d;return e?e.getScrollContainer():null}let v={getBodyElement:_,getHeaderElement:g,scrollTo(e,t){d.value?.scrollTo(e,t)}};return de(()=>{let{value:t}=f;if(!t)return;let n=`${e.value}-data-table-base-table--transition-disabled`;p.value?setTimeout(()=>{t.classList.remove(n)},0):t.classList.add(n)}),{maxHeight:i,mergedClsPrefix:e,selfElRef:f,headerInstRef:u,bodyInstRef:d,bodyStyle:m,flexHeight:o,handleBodyResize:h,scrollX:l,...v}},render(){let{mergedClsPrefix:e,maxHeight:t,flexHeight:n}=this,r=t===void 0&&!n;return U(),J(`div`,{class:b(`${e}-data-table-base-table`),ref:`selfElRef`},[r?S(()=>null):(U(),G(Rn,{key:1,ref:`headerInstRef`},null,512)),(U(),G(Qn,{ref:`bodyInstRef`,bodyStyle:this.bodyStyle,showHeader:r,flexHeight:n,onResize:this.handleBodyResize},null,8,[`bodyStyle`,`showHeader`,`flexHeight`,`onResize`]))],2)}}),er=nr(),tr=g([A(`data-table`,`
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
 `),f(`empty`,[A(`data-table-base-table`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `),A(`data-table-base-table-body`,[`height: 100%;`,A(`scrollbar-content`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `)])]),f(`flex-height`,[g(`>`,[A(`data-table-wrapper`,[g(`>`,[A(`data-table-base-table`,`
 display: flex;
 flex-direction: column;
 flex-grow: 1;
 `,[g(`>`,[A(`data-table-base-table-body`,`flex-basis: 0;`,[g(`&:last-child`,`flex-grow: 1;`)])])])])])])]),g(`>`,[A(`data-table-loading-wrapper`,`
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
 `,[B({originalTransform:`translateX(-50%) translateY(-50%)`})])]),A(`data-table-expand-placeholder`,`
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
 `,[f(`expanded`,[A(`icon`,`transform: rotate(90deg);`,[j({originalTransform:`rotate(90deg)`})]),A(`base-icon`,`transform: rotate(90deg);`,[j({originalTransform:`rotate(90deg)`})])]),A(`base-loading`,`
 color: var(--n-loading-color);
 transition: color .3s var(--n-bezier);
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[j()]),A(`icon`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[j()]),A(`base-icon`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[j()])]),A(`data-table-thead`,`
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
 `),f(`striped`,`background-color: var(--n-merged-td-color-striped);`,[A(`data-table-td`,`background-color: var(--n-merged-td-color-striped);`)]),m(`summary`,[g(`&:hover`,`background-color: var(--n-merged-td-color-hover);`,[g(`>`,[A(`data-table-td`,`background-color: var(--n-merged-td-color-hover);`)])])])]),A(`data-table-th`,`
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
 `,[f(`filterable`,`
 padding-right: 36px;
 `,[f(`sortable`,`
 padding-right: calc(var(--n-th-padding) + 36px);
 `)]),er,f(`selection`,`
 padding: 0;
 text-align: center;
 line-height: 0;
 z-index: 3;
 `),O(`title-wrapper`,`
 display: flex;
 align-items: center;
 flex-wrap: nowrap;
 max-width: 100%;
 `,[O(`title`,`
 flex: 1;
 min-width: 0;
 `)]),O(`ellipsis`,`
 display: inline-block;
 vertical-align: bottom;
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap;
 max-width: 100%;
 `),f(`hover`,`
 background-color: var(--n-merged-th-color-hover);
 `),f(`sorting`,`
 background-color: var(--n-merged-th-color-sorting);
 `),f(`sortable`,`
 cursor: pointer;
 `,[O(`ellipsis`,`
 max-width: calc(100% - 18px);
 `),g(`&:hover`,`
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
 `,[A(`base-icon`,`transition: transform .3s var(--n-bezier)`),f(`desc`,[A(`base-icon`,`
 transform: rotate(0deg);
 `)]),f(`asc`,[A(`base-icon`,`
 transform: rotate(-180deg);
 `)]),f(`asc, desc`,`
 color: var(--n-th-icon-color-active);
 `)]),A(`data-table-resize-button`,`
 width: var(--n-resizable-container-size);
 position: absolute;
 top: 0;
 right: calc(var(--n-resizable-container-size) / 2);
 bottom: 0;
 cursor: col-resize;
 user-select: none;
 `,[g(`&::after`,`
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
 `),f(`active`,[g(`&::after`,` 
 background-color: var(--n-th-icon-color-active);
 `)]),g(`&:hover::after`,`
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
 `,[g(`&:hover`,`
 background-color: var(--n-th-button-color-hover);
 `),f(`show`,`
 background-color: var(--n-th-button-color-hover);
 `),f(`active`,`
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
 `,[f(`expand`,[A(`data-table-expand-trigger`,`
 margin-right: 0;
 `)]),f(`last-row`,`
 border-bottom: 0 solid var(--n-merged-border-color);
 `,[g(`&::after`,`
 bottom: 0 !important;
 `),g(`&::before`,`
 bottom: 0 !important;
 `)]),f(`summary`,`
 background-color: var(--n-merged-th-color);
 `),f(`hover`,`
 background-color: var(--n-merged-td-color-hover);
 `),f(`sorting`,`
 background-color: var(--n-merged-td-color-sorting);
 `),O(`ellipsis`,`
 display: inline-block;
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap;
 max-width: 100%;
 vertical-align: bottom;
 max-width: calc(100% - var(--indent-offset, -1.5) * 16px - 24px);
 `),f(`selection, expand`,`
 text-align: center;
 padding: 0;
 line-height: 0;
 `),er]),A(`data-table-empty`,`
 box-sizing: border-box;
 padding: var(--n-empty-padding);
 flex-grow: 1;
 flex-shrink: 0;
 opacity: 1;
 display: flex;
 align-items: center;
 justify-content: center;
 transition: opacity .3s var(--n-bezier);
 `,[f(`hide`,`
 opacity: 0;
 `)]),O(`pagination`,`
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
 `),f(`loading`,[A(`data-table-wrapper`,`
 opacity: var(--n-opacity-loading);
 pointer-events: none;
 `)]),f(`single-column`,[A(`data-table-td`,`
 border-bottom: 0 solid var(--n-merged-border-color);
 `,[g(`&::after, &::before`,`
 bottom: 0 !important;
 `)])]),m(`single-line`,[A(`data-table-th`,`
 border-right: 1px solid var(--n-merged-border-color);
 `,[f(`last`,`
 border-right: 0 solid var(--n-merged-border-color);
 `)]),A(`data-table-td`,`
 border-right: 1px solid var(--n-merged-border-color);
 `,[f(`last-col`,`
 border-right: 0 solid var(--n-merged-border-color);
 `)])]),f(`bordered`,[A(`data-table-wrapper`,`
 border: 1px solid var(--n-merged-border-color);
 border-bottom-left-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 overflow: hidden;
 `)]),A(`data-table-base-table`,[f(`transition-disabled`,[A(`data-table-th`,[g(`&::after, &::before`,`transition: none;`)]),A(`data-table-td`,[g(`&::after, &::before`,`transition: none;`)])])]),f(`bottom-bordered`,[A(`data-table-td`,[f(`last-row`,`
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
 `,[g(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
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
 `),O(`group`,`
 display: flex;
 flex-direction: column;
 padding: 12px 12px 0 12px;
 `,[A(`checkbox`,`
 margin-bottom: 12px;
 margin-right: 0;
 `),A(`radio`,`
 margin-bottom: 12px;
 margin-right: 0;
 `)]),O(`action`,`
 padding: var(--n-action-padding);
 display: flex;
 flex-wrap: nowrap;
 justify-content: space-evenly;
 border-top: 1px solid var(--n-action-divider-color);
 `,[A(`button`,[g(`&:not(:last-child)`,`
 margin: var(--n-action-button-margin);
 `),g(`&:last-child`,`
 margin-right: 0;
 `)])]),A(`divider`,`
 margin: 0 !important;
 `)]),i(A(`data-table`,`
 --n-merged-th-color: var(--n-th-color-modal);
 --n-merged-td-color: var(--n-td-color-modal);
 --n-merged-border-color: var(--n-border-color-modal);
 --n-merged-th-color-hover: var(--n-th-color-hover-modal);
 --n-merged-td-color-hover: var(--n-td-color-hover-modal);
 --n-merged-th-color-sorting: var(--n-th-color-hover-modal);
 --n-merged-td-color-sorting: var(--n-td-color-hover-modal);
 --n-merged-td-color-striped: var(--n-td-color-striped-modal);
 `)),s(A(`data-table`,`
 --n-merged-th-color: var(--n-th-color-popover);
 --n-merged-td-color: var(--n-td-color-popover);
 --n-merged-border-color: var(--n-border-color-popover);
 --n-merged-th-color-hover: var(--n-th-color-hover-popover);
 --n-merged-td-color-hover: var(--n-td-color-hover-popover);
 --n-merged-th-color-sorting: var(--n-th-color-hover-popover);
 --n-merged-td-color-sorting: var(--n-td-color-hover-popover);
 --n-merged-td-color-striped: var(--n-td-color-striped-popover);
 `))]);function nr(){return[f(`fixed-left`,`
 left: 0;
 position: sticky;
 z-index: 2;
 `,[g(`&::after`,`
 pointer-events: none;
 content: "";
 width: 36px;
 display: inline-block;
 position: absolute;
 top: 0;
 bottom: -1px;
 transition: box-shadow .2s var(--n-bezier);
 right: -36px;
 `)]),f(`fixed-right`,`
 right: 0;
 position: sticky;
 z-index: 1;
 `,[g(`&::before`,`
 pointer-events: none;
 content: "";
 width: 36px;
 display: inline-block;
 position: absolute;
 top: 0;
 bottom: -1px;
 transition: box-shadow .2s var(--n-bezier);
 left: -36px;
 `)])]}function rr(e,t){let{paginatedDataRef:r,treeMateRef:i,selectionColumnRef:a}=t,o=H(e.defaultCheckedRowKeys),s=q(()=>{let{checkedRowKeys:t}=e,n=t===void 0?o.value:t;return a.value?.multiple===!1?{checkedKeys:n.slice(0,1),indeterminateKeys:[]}:i.value.getCheckedKeys(n,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded})}),c=q(()=>s.value.checkedKeys),l=q(()=>s.value.indeterminateKeys),u=q(()=>new Set(c.value)),d=q(()=>new Set(l.value)),f=q(()=>{let{value:e}=u;return r.value.reduce((t,n)=>{let{key:r,disabled:i}=n;return t+(!i&&e.has(r)?1:0)},0)}),p=q(()=>r.value.filter(e=>e.disabled).length),m=q(()=>{let{length:e}=r.value,{value:t}=d;return f.value>0&&f.value<e-p.value||r.value.some(e=>t.has(e.key))}),h=q(()=>{let{length:e}=r.value;return f.value!==0&&f.value===e-p.value}),g=q(()=>r.value.length===0);function _(t,r,a){let{"onUpdate:checkedRowKeys":s,onUpdateCheckedRowKeys:c,onCheckedRowKeysChange:l}=e,u=[],{value:{getNode:d}}=i;t.forEach(e=>{let t=d(e)?.rawNode;u.push(t)}),s&&n(s,t,u,{row:r,action:a}),c&&n(c,t,u,{row:r,action:a}),l&&n(l,t,u,{row:r,action:a}),o.value=t}function v(t,n=!1,r){e.loading||_(n?Array.isArray(t)?t.slice(0,1):[t]:i.value.check(t,c.value,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,r,`check`)}function y(t,n){e.loading||_(i.value.uncheck(t,c.value,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,n,`uncheck`)}function b(t=!1){let{value:n}=a;if(!n||e.loading)return;let o=[];(t?i.value.treeNodes:r.value).forEach(e=>{e.disabled||o.push(e.key)}),_(i.value.check(o,c.value,{cascade:!0,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,void 0,`checkAll`)}function x(t=!1){let{value:n}=a;if(!n||e.loading)return;let o=[];(t?i.value.treeNodes:r.value).forEach(e=>{e.disabled||o.push(e.key)}),_(i.value.uncheck(o,c.value,{cascade:!0,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,void 0,`uncheckAll`)}return{mergedCheckedRowKeySetRef:u,mergedCheckedRowKeysRef:c,mergedInderminateRowKeySetRef:d,someRowsCheckedRef:m,allRowsCheckedRef:h,headerCheckboxDisabledRef:g,doUpdateCheckedRowKeys:_,doCheckAll:b,doUncheckAll:x,doCheck:v,doUncheck:y}}function ir(e,t){let r=h(()=>{for(let t of e.columns)if(t.type===`expand`)return t.renderExpand}),i=h(()=>{let t;for(let n of e.columns)if(n.type===`expand`){t=n.expandable;break}return t}),a=H(e.defaultExpandAll?r?.value?(()=>{let e=[];return t.value.treeNodes.forEach(t=>{i.value?.(t.rawNode)&&e.push(t.key)}),e})():t.value.getNonLeafKeys():e.defaultExpandedRowKeys),o=Y(e,`expandedRowKeys`),s=Y(e,`stickyExpandedRows`),c=Ue(o,a);function l(t){let{onUpdateExpandedRowKeys:r,"onUpdate:expandedRowKeys":i}=e;r&&n(r,t),i&&n(i,t),a.value=t}return{stickyExpandedRowsRef:s,mergedExpandedRowKeysRef:c,renderExpandRef:r,expandableRef:i,doUpdateExpandedRowKeys:l}}function ar(e,t){let n=[],r=[],i=[],a=new WeakMap,o=-1,s=0,c=!1,l=0;function u(e,a){a>o&&(n[a]=[],o=a),e.forEach(e=>{if(`children`in e)u(e.children,a+1);else{let n=`key`in e?e.key:void 0;r.push({key:en(e),style:an(e,n===void 0?void 0:Re(t(n))),column:e,index:l++,width:e.width===void 0?128:Number(e.width)}),s+=1,c||=!!e.ellipsis,i.push(e)}})}u(e,0),l=0;function d(e,t){let r=0;e.forEach(e=>{if(`children`in e){let r=l,i={column:e,colIndex:l,colSpan:0,rowSpan:1,isLast:!1};d(e.children,t+1),e.children.forEach(e=>{i.colSpan+=a.get(e)?.colSpan??0}),r+i.colSpan===s&&(i.isLast=!0),a.set(e,i),n[t].push(i)}else{if(l<r){l+=1;return}let i=1;`titleColSpan`in e&&(i=e.titleColSpan??1),i>1&&(r=l+i);let c=l+i===s,u={column:e,colSpan:i,colIndex:l,rowSpan:o-t+1,isLast:c};a.set(e,u),n[t].push(u),l+=1}})}return d(e,0),{hasEllipsis:c,rows:n,cols:r,dataRelatedCols:i}}function or(e,t){let n=q(()=>ar(e.columns,t));return{rowsRef:q(()=>n.value.rows),colsRef:q(()=>n.value.cols),hasEllipsisRef:q(()=>n.value.hasEllipsis),dataRelatedColsRef:q(()=>n.value.dataRelatedCols)}}function sr(){let e=H({});function t(t){return e.value[t]}function n(t,n){ln(t)&&`key`in t&&(e.value[t.key]=n)}function r(){e.value={}}return{getResizableWidth:t,doUpdateResizableWidth:n,clearResizableWidth:r}}function cr(e,{mainTableInstRef:t,mergedCurrentPageRef:n,bodyWidthRef:r,maxHeightRef:i,mergedTableLayoutRef:a,mergedEmptyRef:o}){let s=q(()=>e.scrollX!==void 0||i.value!==void 0||e.flexHeight),c=q(()=>{let t=!s.value&&a.value===`auto`;return e.scrollX!==void 0||t}),l=0,u=H(),d=H(null),f=H([]),p=H(null),m=H([]),h=q(()=>Re(e.scrollX)),g=q(()=>e.columns.filter(e=>e.fixed===`left`)),_=q(()=>e.columns.filter(e=>e.fixed===`right`)),v=q(()=>{let e={},t=0;function n(r){r.forEach(r=>{let i={start:t,end:0};e[en(r)]=i,`children`in r?(n(r.children),i.end=t):(t+=Qt(r)||0,i.end=t)})}return n(g.value),e}),y=q(()=>{let e={},t=0;function n(r){for(let i=r.length-1;i>=0;--i){let a=r[i],o={start:t,end:0};e[en(a)]=o,`children`in a?(n(a.children),o.end=t):(t+=Qt(a)||0,o.end=t)}}return n(_.value),e});function b(){let{value:e}=g,t=0,{value:n}=v,r=null;for(let i=0;i<e.length;++i){let a=en(e[i]);if(l>(n[a]?.start||0)-t)r=a,t=n[a]?.end||0;else break}d.value=r}function x(){f.value=[];let t=e.columns.find(e=>en(e)===d.value);for(;t&&`children`in t;){let e=t.children.length;if(e===0)break;let n=t.children[e-1];f.value.push(en(n)),t=n}}function S(){let{value:t}=_,n=Number(e.scrollX),{value:i}=r;if(i===null)return;let a=0,o=null,{value:s}=y;for(let e=t.length-1;e>=0;--e){let r=en(t[e]);if(Math.round(l+(s[r]?.start||0)+i-a)<n)o=r,a=s[r]?.end||0;else break}p.value=o}function C(){m.value=[];let t=e.columns.find(e=>en(e)===p.value);for(;t&&`children`in t&&t.children.length;){let e=t.children[0];m.value.push(en(e)),t=e}}function w(){return{header:t.value?t.value.getHeaderElement():null,body:t.value?t.value.getBodyElement():null}}function T(){let{body:e}=w();e&&(e.scrollTop=0)}function E(){u.value===`body`?u.value=void 0:R(O,`head`)}function D(t){e.onScroll?.(t),u.value===`head`?u.value=void 0:R(O,`body`)}function O(e){let{header:t,body:n}=w();if(!n)return;if(e===`layout`)t&&(t.scrollLeft=l),n.scrollLeft=l;else if(t){if(e===`head`)l=t.scrollLeft,n.scrollLeft=l,u.value=`head`;else if(e===`body`)l=n.scrollLeft,t.scrollLeft=l,u.value=`body`;else{let e=l-t.scrollLeft;u.value=e===0?`body`:`head`,u.value===`head`?(l=t.scrollLeft,n.scrollLeft=l):(l=n.scrollLeft,t.scrollLeft=l)}}else e!==`head`&&(l=n.scrollLeft);let{value:i}=r;i!==null&&(b(),x(),S(),C())}function k(e){let{header:t}=w();t&&(t.scrollLeft=e,l=e,O(`head`))}return ue(n,()=>{T()}),ue([()=>e.virtualScroll,o],()=>{le(()=>{O(`layout`)})}),{styleScrollXRef:h,fixedColumnLeftMapRef:v,fixedColumnRightMapRef:y,leftFixedColumnsRef:g,rightFixedColumnsRef:_,leftActiveFixedColKeyRef:d,leftActiveFixedChildrenColKeysRef:f,rightActiveFixedColKeyRef:p,rightActiveFixedChildrenColKeysRef:m,syncScrollState:O,handleTableBodyScroll:D,handleTableHeaderScroll:E,setHeaderScrollLeft:k,explicitlyScrollableRef:s,xScrollableRef:c}}function lr(e){return typeof e==`object`&&typeof e.multiple==`number`&&e.multiple}function ur(e,t){return t&&(e===void 0||e==="default"||typeof e==`object`&&e.compare==="default")?dr(t):typeof e==`function`?e:e&&typeof e==`object`&&e.compare&&e.compare!=="default"?e.compare:!1}function dr(e){return(t,n)=>{let r=t[e],i=n[e];return r==null?i==null?0:-1:i==null?1:typeof r==`number`&&typeof i==`number`?r-i:typeof r==`string`&&typeof i==`string`?r.localeCompare(i):0}}function fr(e,{dataRelatedColsRef:t,filteredDataRef:r}){let i=[];t.value.forEach(e=>{e.sorter!==void 0&&p(i,{columnKey:e.key,sorter:e.sorter,order:e.defaultSortOrder??!1})});let a=H(i),o=q(()=>{let e=t.value.filter(e=>e.type!==`selection`&&e.sorter!==void 0&&(e.sortOrder===`ascend`||e.sortOrder===`descend`||e.sortOrder===!1)),n=e.filter(e=>e.sortOrder!==!1);if(n.length)return n.map(e=>({columnKey:e.key,order:e.sortOrder,sorter:e.sorter}));if(e.length)return[];let{value:r}=a;return Array.isArray(r)?r:r?[r]:[]}),s=q(()=>{let e=o.value.slice().sort((e,t)=>{let n=lr(e.sorter)||0;return(lr(t.sorter)||0)-n});return e.length?r.value.slice().sort((t,n)=>{let r=0;return e.some(e=>{let{columnKey:i,sorter:a,order:o}=e,s=ur(a,i);return s&&o&&(r=s(t.rawNode,n.rawNode),r!==0)?(r*=nn(o),!0):!1}),r}):r.value});function c(e){let t=o.value.slice();return e&&lr(e.sorter)!==!1?(t=t.filter(e=>lr(e.sorter)!==!1),p(t,e),t):e||null}function l(e){u(c(e))}function u(t){let{"onUpdate:sorter":r,onUpdateSorter:i,onSorterChange:o}=e;r&&n(r,t),i&&n(i,t),o&&n(o,t),a.value=t}function d(e,n=`ascend`){if(!e)f();else{let r=t.value.find(t=>t.type!==`selection`&&t.type!==`expand`&&t.key===e);if(!r?.sorter)return;let i=r.sorter;l({columnKey:e,sorter:i,order:n})}}function f(){u(null)}function p(e,t){let n=e.findIndex(e=>t?.columnKey&&e.columnKey===t.columnKey);n!==void 0&&n>=0?e[n]=t:e.push(t)}return{clearSorter:f,sort:d,sortedDataRef:s,mergedSortStateRef:o,deriveNextSorter:l}}function pr(e,{dataRelatedColsRef:t}){let r=q(()=>{let t=e=>{for(let n=0;n<e.length;++n){let r=e[n];if(`children`in r)return t(r.children);if(r.type===`selection`)return r}return null};return t(e.columns)}),i=q(()=>{let{childrenKey:t}=e;return ie(e.data,{ignoreEmptyChildren:!0,getKey:e.rowKey,getChildren:e=>e[t],getDisabled:e=>!!r.value?.disabled?.(e)})}),a=h(()=>{let{columns:t}=e,{length:n}=t,r=null;for(let e=0;e<n;++e){let n=t[e];if(!n.type&&r===null&&(r=e),`tree`in n&&n.tree)return e}return r||0}),o=H({}),{pagination:s}=e,c=H(s&&s.defaultPage||1),l=H(jt(s)),u=q(()=>{let e=t.value.filter(e=>e.filterOptionValues!==void 0||e.filterOptionValue!==void 0),n={};return e.forEach(e=>{e.type!==`selection`&&e.type!==`expand`&&(e.filterOptionValues===void 0?n[e.key]=e.filterOptionValue??null:n[e.key]=e.filterOptionValues)}),Object.assign(tn(o.value),n)}),d=q(()=>{let t=u.value,{columns:n}=e;function r(e){return(t,n)=>!!~String(n[e]).indexOf(String(t))}let{value:{treeNodes:a}}=i,o=[];return n.forEach(e=>{e.type===`selection`||e.type===`expand`||`children`in e||o.push([e.key,e])}),a?a.filter(e=>{let{rawNode:n}=e;for(let[e,i]of o){let a=t[e];if(a==null||(Array.isArray(a)||(a=[a]),!a.length))continue;let o=i.filter==="default"?r(e):i.filter;if(i&&typeof o==`function`){if(i.filterMode===`and`){if(a.some(e=>!o(e,n)))return!1}else if(a.some(e=>o(e,n)))continue;else return!1}}return!0}):[]}),{sortedDataRef:f,deriveNextSorter:p,mergedSortStateRef:m,sort:g,clearSorter:_}=fr(e,{dataRelatedColsRef:t,filteredDataRef:d});t.value.forEach(e=>{if(e.filter){let t=e.defaultFilterOptionValues;e.filterMultiple?o.value[e.key]=t||[]:t===void 0?o.value[e.key]=e.defaultFilterOptionValue??null:o.value[e.key]=t===null?[]:t}});let v=q(()=>{let{pagination:t}=e;if(t!==!1)return t.page}),y=q(()=>{let{pagination:t}=e;if(t!==!1)return t.pageSize}),b=Ue(v,c),x=Ue(y,l),S=h(()=>{let t=b.value;return e.remote?t:Math.max(1,Math.min(Math.ceil(d.value.length/x.value),t))}),C=q(()=>{let{pagination:t}=e;if(t){let{pageCount:e}=t;if(e!==void 0)return e}}),w=q(()=>{if(e.remote)return i.value.treeNodes;if(!e.pagination)return f.value;let t=x.value,n=(S.value-1)*t;return f.value.slice(n,n+t)}),T=q(()=>w.value.map(e=>e.rawNode)),E=q(()=>f.value.map(e=>e.rawNode));function D(t){let{pagination:r}=e;if(r){let{onChange:e,"onUpdate:page":i,onUpdatePage:a}=r;e&&n(e,t),a&&n(a,t),i&&n(i,t),j(t)}}function O(t){let{pagination:r}=e;if(r){let{onPageSizeChange:e,"onUpdate:pageSize":i,onUpdatePageSize:a}=r;e&&n(e,t),a&&n(a,t),i&&n(i,t),M(t)}}let k=q(()=>{if(e.remote){let{pagination:t}=e;if(t){let{itemCount:e}=t;if(e!==void 0)return e}}else return d.value.length}),A=q(()=>({...e.pagination,onChange:void 0,onUpdatePage:void 0,onUpdatePageSize:void 0,onPageSizeChange:void 0,"onUpdate:page":D,"onUpdate:pageSize":O,page:S.value,pageSize:x.value,pageCount:k.value===void 0?C.value:void 0,itemCount:k.value}));function j(t){let{"onUpdate:page":r,onPageChange:i,onUpdatePage:a}=e;a&&n(a,t),r&&n(r,t),i&&n(i,t),c.value=t}function M(t){let{"onUpdate:pageSize":r,onPageSizeChange:i,onUpdatePageSize:a}=e;i&&n(i,t),a&&n(a,t),r&&n(r,t),l.value=t}function N(t,r){let{onUpdateFilters:i,"onUpdate:filters":a,onFiltersChange:s}=e;i&&n(i,t,r),a&&n(a,t,r),s&&n(s,t,r),o.value=t}function P(t,n,r,i){e.onUnstableColumnResize?.(t,n,r,i)}function F(e){j(e)}function I(){L()}function L(){ee({})}function ee(e){R(e)}function R(e){e?e&&(o.value=tn(e)):o.value={}}return{treeMateRef:i,mergedCurrentPageRef:S,mergedPaginationRef:A,paginatedDataRef:w,rawPaginatedDataRef:T,rawSortedDataRef:E,mergedFilterStateRef:u,mergedSortStateRef:m,hoverKeyRef:H(null),selectionColumnRef:r,childTriggerColIndexRef:a,doUpdateFilters:N,deriveNextSorter:p,doUpdatePageSize:M,doUpdatePage:j,onUnstableColumnResize:P,filter:R,filters:ee,clearFilter:I,clearFilters:L,clearSorter:_,page:F,sort:g}}var mr=Z({name:`DataTable`,alias:[`AdvancedTable`],props:Ut,slots:Object,setup(e,{slots:t}){let{mergedBorderedRef:n,mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedRtlRef:a,mergedComponentPropsRef:o}=l(e),s=w(`DataTable`,a,r),c=q(()=>e.size||o?.value?.DataTable?.size||`medium`),u=q(()=>{let{bottomBordered:t}=e;return n.value?!1:t===void 0||t}),f=D(`DataTable`,`-data-table`,tr,Ht,e,r),p=H(null),m=H(null),{getResizableWidth:h,clearResizableWidth:g,doUpdateResizableWidth:_}=sr(),{rowsRef:y,colsRef:b,dataRelatedColsRef:x,hasEllipsisRef:S}=or(e,h),{treeMateRef:C,mergedCurrentPageRef:T,paginatedDataRef:E,rawPaginatedDataRef:O,rawSortedDataRef:k,selectionColumnRef:A,hoverKeyRef:j,mergedPaginationRef:M,mergedFilterStateRef:N,mergedSortStateRef:P,childTriggerColIndexRef:F,doUpdatePage:I,doUpdateFilters:L,onUnstableColumnResize:R,deriveNextSorter:z,filter:te,filters:ne,clearFilter:B,clearFilters:re,clearSorter:V,page:ie,sort:ae}=pr(e,{dataRelatedColsRef:x}),oe=q(()=>E.value.length===0),U=t=>{let{fileName:n=`data.csv`,keepOriginalData:r=!1}=t||{},i=r?e.data:O.value,a=hn(e.columns,i,e.getCsvCell,e.getCsvHeader),o=new Blob([a],{type:`text/csv;charset=utf-8`}),s=URL.createObjectURL(o);Xe(s,n.endsWith(`.csv`)?n:`${n}.csv`),URL.revokeObjectURL(s)},{doCheckAll:se,doUncheckAll:W,doCheck:le,doUncheck:ue,headerCheckboxDisabledRef:de,someRowsCheckedRef:G,allRowsCheckedRef:fe,mergedCheckedRowKeySetRef:K,mergedInderminateRowKeySetRef:pe}=rr(e,{selectionColumnRef:A,treeMateRef:C,paginatedDataRef:E}),{stickyExpandedRowsRef:me,mergedExpandedRowKeysRef:J,renderExpandRef:X,expandableRef:Z,doUpdateExpandedRowKeys:Q}=ir(e,C),he=Y(e,`maxHeight`),$=q(()=>e.virtualScroll||e.flexHeight||e.maxHeight!==void 0||S.value?`fixed`:e.tableLayout),{handleTableBodyScroll:ge,handleTableHeaderScroll:_e,syncScrollState:ve,setHeaderScrollLeft:ye,leftActiveFixedColKeyRef:be,leftActiveFixedChildrenColKeysRef:xe,rightActiveFixedColKeyRef:Se,rightActiveFixedChildrenColKeysRef:Ce,leftFixedColumnsRef:we,rightFixedColumnsRef:Te,fixedColumnLeftMapRef:Ee,fixedColumnRightMapRef:De,xScrollableRef:Oe,explicitlyScrollableRef:ke}=cr(e,{bodyWidthRef:p,mainTableInstRef:m,mergedCurrentPageRef:T,maxHeightRef:he,mergedTableLayoutRef:$,mergedEmptyRef:oe}),{localeRef:Ae}=ee(`DataTable`);ce(Wt,{xScrollableRef:Oe,explicitlyScrollableRef:ke,props:e,treeMateRef:C,renderExpandIconRef:Y(e,`renderExpandIcon`),loadingKeySetRef:H(new Set),slots:t,indentRef:Y(e,`indent`),childTriggerColIndexRef:F,bodyWidthRef:p,componentId:Le(),hoverKeyRef:j,mergedClsPrefixRef:r,mergedThemeRef:f,scrollXRef:q(()=>e.scrollX),rowsRef:y,colsRef:b,paginatedDataRef:E,leftActiveFixedColKeyRef:be,leftActiveFixedChildrenColKeysRef:xe,rightActiveFixedColKeyRef:Se,rightActiveFixedChildrenColKeysRef:Ce,leftFixedColumnsRef:we,rightFixedColumnsRef:Te,fixedColumnLeftMapRef:Ee,fixedColumnRightMapRef:De,mergedCurrentPageRef:T,someRowsCheckedRef:G,allRowsCheckedRef:fe,mergedSortStateRef:P,mergedFilterStateRef:N,loadingRef:Y(e,`loading`),rowClassNameRef:Y(e,`rowClassName`),mergedCheckedRowKeySetRef:K,mergedExpandedRowKeysRef:J,mergedInderminateRowKeySetRef:pe,localeRef:Ae,expandableRef:Z,stickyExpandedRowsRef:me,rowKeyRef:Y(e,`rowKey`),renderExpandRef:X,summaryRef:Y(e,`summary`),virtualScrollRef:Y(e,`virtualScroll`),virtualScrollXRef:Y(e,`virtualScrollX`),heightForRowRef:Y(e,`heightForRow`),minRowHeightRef:Y(e,`minRowHeight`),virtualScrollHeaderRef:Y(e,`virtualScrollHeader`),headerHeightRef:Y(e,`headerHeight`),rowPropsRef:Y(e,`rowProps`),stripedRef:Y(e,`striped`),checkOptionsRef:q(()=>{let{value:e}=A;return e?.options}),rawPaginatedDataRef:O,filterMenuCssVarsRef:q(()=>{let{self:{actionDividerColor:e,actionPadding:t,actionButtonMargin:n}}=f.value;return{"--n-action-padding":t,"--n-action-button-margin":n,"--n-action-divider-color":e}}),onLoadRef:Y(e,`onLoad`),mergedTableLayoutRef:$,maxHeightRef:he,minHeightRef:Y(e,`minHeight`),flexHeightRef:Y(e,`flexHeight`),headerCheckboxDisabledRef:de,paginationBehaviorOnFilterRef:Y(e,`paginationBehaviorOnFilter`),summaryPlacementRef:Y(e,`summaryPlacement`),filterIconPopoverPropsRef:Y(e,`filterIconPopoverProps`),scrollbarPropsRef:Y(e,`scrollbarProps`),syncScrollState:ve,doUpdatePage:I,doUpdateFilters:L,getResizableWidth:h,onUnstableColumnResize:R,clearResizableWidth:g,doUpdateResizableWidth:_,deriveNextSorter:z,doCheck:le,doUncheck:ue,doCheckAll:se,doUncheckAll:W,doUpdateExpandedRowKeys:Q,handleTableHeaderScroll:_e,handleTableBodyScroll:ge,setHeaderScrollLeft:ye,renderCell:Y(e,`renderCell`)});let je={filter:te,filters:ne,clearFilters:re,clearSorter:V,page:ie,sort:ae,clearFilter:B,downloadCsv:U,scrollTo:(e,t)=>{m.value?.scrollTo(e,t)},getFilteredAndSortedData:()=>k.value,getCurrentPageData:()=>O.value},Me=q(()=>{let e=c.value,{common:{cubicBezierEaseInOut:t},self:{borderColor:n,tdColorHover:r,tdColorSorting:i,tdColorSortingModal:a,tdColorSortingPopover:o,thColorSorting:s,thColorSortingModal:l,thColorSortingPopover:u,thColor:d,thColorHover:p,tdColor:m,tdTextColor:h,thTextColor:g,thFontWeight:_,thButtonColorHover:y,thIconColor:b,thIconColorActive:x,filterSize:S,borderRadius:C,lineHeight:w,tdColorModal:T,thColorModal:E,borderColorModal:D,thColorHoverModal:O,tdColorHoverModal:k,borderColorPopover:A,thColorPopover:j,tdColorPopover:M,tdColorHoverPopover:N,thColorHoverPopover:P,paginationMargin:F,emptyPadding:I,boxShadowAfter:L,boxShadowBefore:ee,sorterSize:R,resizableContainerSize:z,resizableSize:te,loadingColor:ne,loadingSize:B,opacityLoading:re,tdColorStriped:V,tdColorStripedModal:ie,tdColorStripedPopover:ae,[v(`fontSize`,e)]:H,[v(`thPadding`,e)]:oe,[v(`tdPadding`,e)]:U}}=f.value;return{"--n-font-size":H,"--n-th-padding":oe,"--n-td-padding":U,"--n-bezier":t,"--n-border-radius":C,"--n-line-height":w,"--n-border-color":n,"--n-border-color-modal":D,"--n-border-color-popover":A,"--n-th-color":d,"--n-th-color-hover":p,"--n-th-color-modal":E,"--n-th-color-hover-modal":O,"--n-th-color-popover":j,"--n-th-color-hover-popover":P,"--n-td-color":m,"--n-td-color-hover":r,"--n-td-color-modal":T,"--n-td-color-hover-modal":k,"--n-td-color-popover":M,"--n-td-color-hover-popover":N,"--n-th-text-color":g,"--n-td-text-color":h,"--n-th-font-weight":_,"--n-th-button-color-hover":y,"--n-th-icon-color":b,"--n-th-icon-color-active":x,"--n-filter-size":S,"--n-pagination-margin":F,"--n-empty-padding":I,"--n-box-shadow-before":ee,"--n-box-shadow-after":L,"--n-sorter-size":R,"--n-resizable-container-size":z,"--n-resizable-size":te,"--n-loading-size":B,"--n-loading-color":ne,"--n-opacity-loading":re,"--n-td-color-striped":V,"--n-td-color-striped-modal":ie,"--n-td-color-striped-popover":ae,"--n-td-color-sorting":i,"--n-td-color-sorting-modal":a,"--n-td-color-sorting-popover":o,"--n-th-color-sorting":s,"--n-th-color-sorting-modal":l,"--n-th-color-sorting-popover":u}}),Ne=i?d(`data-table`,q(()=>c.value[0]),Me,e):void 0;return{mainTableInstRef:m,mergedClsPrefix:r,rtlEnabled:s,mergedTheme:f,paginatedData:E,mergedBordered:n,mergedBottomBordered:u,mergedPagination:M,mergedShowPagination:q(()=>{if(!e.pagination)return!1;if(e.paginateSinglePage)return!0;let t=M.value,{pageCount:n}=t;return n===void 0?t.itemCount&&t.pageSize&&t.itemCount>t.pageSize:n>1}),cssVars:i?void 0:Me,themeClass:Ne?.themeClass,onRender:Ne?.onRender,mergedEmpty:oe,...je}},render(){let{mergedClsPrefix:e,themeClass:n,onRender:r,$slots:i,spinProps:a}=this;return r?.(),U(),J(`div`,{class:b([`${e}-data-table`,this.rtlEnabled&&`${e}-data-table--rtl`,n,{[`${e}-data-table--bordered`]:this.mergedBordered,[`${e}-data-table--bottom-bordered`]:this.mergedBottomBordered,[`${e}-data-table--single-line`]:this.singleLine,[`${e}-data-table--single-column`]:this.singleColumn,[`${e}-data-table--loading`]:this.loading,[`${e}-data-table--flex-height`]:this.flexHeight,[`${e}-data-table--empty`]:this.mergedEmpty}]),style:$(this.cssVars)},[X(`div`,{class:b(`${e}-data-table-wrapper`)},[fe($n,{ref:`mainTableInstRef`},null,512)],2),this.mergedShowPagination?(U(),J(`div`,{key:0,class:b(`${e}-data-table__pagination`)},[(U(),G(Rt,Q({theme:this.mergedTheme.peers.Pagination,themeOverrides:this.mergedTheme.peerOverrides.Pagination,disabled:this.loading},this.mergedPagination),null,16,[`theme`,`themeOverrides`,`disabled`]))],2)):S(()=>null),fe(L,{name:`fade-in-scale-up-transition`},{default:()=>this.loading?(U(),J(`div`,{key:1,class:b(`${e}-data-table-loading-wrapper`)},[S(()=>t(i.loading,()=>[(U(),G(N,Q({clsPrefix:e,strokeWidth:20},a),null,16,[`clsPrefix`]))]))],2)):null},1024)],6)}});export{wt as a,Tt as i,Cn as n,Ct as o,Et as r,Xe as s,mr as t};