import{$ as e,N as t,P as n,S as r,d as i,l as a,p as o,rt as s,u as c,v as l,xt as u}from"./runtime-core.esm-bundler-DolcaMW8.js";import{E as d,K as f,L as p,M as m,Mt as h,N as g,Nt as _,O as v,Ot as y,P as b,Pt as x,R as S,T as C,V as w,Y as T,b as E,f as D,j as O,jt as k,kt as A}from"./Button-DA5Pq1uX.js";import{x as j}from"./api-D6YFq2Gd.js";import{r as M}from"./DataState-2t0D1CYd.js";import{r as N}from"./Tag-CruEt6f2.js";var P={radioSizeSmall:`14px`,radioSizeMedium:`16px`,radioSizeLarge:`18px`,labelPadding:`0 8px`,labelFontWeight:`400`};function F(e){let{borderColor:t,primaryColor:n,baseColor:r,textColorDisabled:i,inputColorDisabled:a,textColor2:o,opacityDisabled:s,borderRadius:c,fontSizeSmall:l,fontSizeMedium:u,fontSizeLarge:d,heightSmall:f,heightMedium:p,heightLarge:m,lineHeight:h}=e;return{...P,labelLineHeight:h,buttonHeightSmall:f,buttonHeightMedium:p,buttonHeightLarge:m,fontSizeSmall:l,fontSizeMedium:u,fontSizeLarge:d,boxShadow:`inset 0 0 0 1px ${t}`,boxShadowActive:`inset 0 0 0 1px ${n}`,boxShadowFocus:`inset 0 0 0 1px ${n}, 0 0 0 2px ${b(n,{alpha:.2})}`,boxShadowHover:`inset 0 0 0 1px ${n}`,boxShadowDisabled:`inset 0 0 0 1px ${t}`,color:r,colorDisabled:a,colorActive:`#0000`,textColor:o,textColorDisabled:i,dotColorActive:n,dotColorDisabled:t,buttonBorderColor:t,buttonBorderColorActive:n,buttonBorderColorHover:t,buttonColor:r,buttonColorActive:r,buttonTextColor:o,buttonTextColorActive:n,buttonTextColorHover:n,opacityDisabled:s,buttonBoxShadowFocus:`inset 0 0 0 1px ${n}, 0 0 0 2px ${b(n,{alpha:.3})}`,buttonBoxShadowHover:`inset 0 0 0 1px #0000`,buttonBoxShadow:`inset 0 0 0 1px #0000`,buttonBorderRadius:c}}var I={name:`Radio`,common:g,self:F},ee=A(`radio`,`
 line-height: var(--n-label-line-height);
 outline: none;
 position: relative;
 user-select: none;
 -webkit-user-select: none;
 display: inline-flex;
 align-items: flex-start;
 flex-wrap: nowrap;
 font-size: var(--n-font-size);
 word-break: break-word;
`,[h(`checked`,[k(`dot`,`
 background-color: var(--n-color-active);
 `)]),k(`dot-wrapper`,`
 position: relative;
 flex-shrink: 0;
 flex-grow: 0;
 width: var(--n-radio-size);
 `),A(`radio-input`,`
 position: absolute;
 border: 0;
 width: 0;
 height: 0;
 opacity: 0;
 margin: 0;
 `),k(`dot`,`
 position: absolute;
 top: 50%;
 left: 0;
 transform: translateY(-50%);
 height: var(--n-radio-size);
 width: var(--n-radio-size);
 background: var(--n-color);
 box-shadow: var(--n-box-shadow);
 border-radius: 50%;
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 `,[y(`&::before`,`
 content: "";
 opacity: 0;
 position: absolute;
 left: 4px;
 top: 4px;
 height: calc(100% - 8px);
 width: calc(100% - 8px);
 border-radius: 50%;
 transform: scale(.8);
 background: var(--n-dot-color-active);
 transition: 
 opacity .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 transform .3s var(--n-bezier);
 `),h(`checked`,{boxShadow:`var(--n-box-shadow-active)`},[y(`&::before`,`
 opacity: 1;
 transform: scale(1);
 `)])]),k(`label`,`
 color: var(--n-text-color);
 padding: var(--n-label-padding);
 font-weight: var(--n-label-font-weight);
 display: inline-block;
 transition: color .3s var(--n-bezier);
 `),_(`disabled`,`
 cursor: pointer;
 `,[y(`&:hover`,[k(`dot`,{boxShadow:`var(--n-box-shadow-hover)`})]),h(`focus`,[y(`&:not(:active)`,[k(`dot`,{boxShadow:`var(--n-box-shadow-focus)`})])])]),h(`disabled`,`
 cursor: not-allowed;
 `,[k(`dot`,{boxShadow:`var(--n-box-shadow-disabled)`,backgroundColor:`var(--n-color-disabled)`},[y(`&::before`,{backgroundColor:`var(--n-dot-color-disabled)`}),h(`checked`,`
 opacity: 1;
 `)]),k(`label`,{color:`var(--n-text-color-disabled)`}),A(`radio-input`,`
 cursor: not-allowed;
 `)])]),L={name:String,value:{type:[String,Number,Boolean],default:`on`},checked:{type:Boolean,default:void 0},defaultChecked:Boolean,disabled:{type:Boolean,default:void 0},label:String,size:String,onUpdateChecked:[Function,Array],"onUpdate:checked":[Function,Array],checkedValue:{type:Boolean,default:void 0}},R=T(`n-radio-group`);function z(t){let n=r(R,null),{mergedClsPrefixRef:i,mergedComponentPropsRef:a}=f(t),o=D(t,{mergedSize(e){let{size:r}=t;if(r!==void 0)return r;if(n){let{mergedSizeRef:{value:e}}=n;if(e!==void 0)return e}return e?e.mergedSize.value:a?.value?.Radio?.size||`medium`},mergedDisabled(e){return!!(t.disabled||n?.disabledRef.value||e?.disabled.value)}}),{mergedSizeRef:c,mergedDisabledRef:l}=o,u=e(null),p=e(null),m=e(t.defaultChecked),h=s(t,`checked`),g=j(h,m),_=v(()=>n?n.valueRef.value===t.value:g.value),y=v(()=>{let{name:e}=t;if(e!==void 0)return e;if(n)return n.nameRef.value}),b=e(!1);function x(){if(n){let{doUpdateValue:e}=n,{value:r}=t;d(e,r)}else{let{onUpdateChecked:e,"onUpdate:checked":n}=t,{nTriggerFormInput:r,nTriggerFormChange:i}=o;e&&d(e,!0),n&&d(n,!0),r(),i(),m.value=!0}}function S(){l.value||_.value||x()}function C(){S(),u.value&&(u.value.checked=_.value)}function w(){b.value=!1}function T(){b.value=!0}return{mergedClsPrefix:n?n.mergedClsPrefixRef:i,inputRef:u,labelRef:p,mergedName:y,mergedDisabled:l,renderSafeChecked:_,focus:b,mergedSize:c,handleRadioInputChange:C,handleRadioInputBlur:w,handleRadioInputFocus:T}}var te=[`value`,`name`,`checked`,`disabled`,`onChange`,`onFocus`,`onBlur`],ne={...O.props,...L},B=l({name:`Radio`,props:ne,setup(e){let t=z(e),n=O(`Radio`,`-radio`,ee,I,e,t.mergedClsPrefix),r=a(()=>{let{mergedSize:{value:e}}=t,{common:{cubicBezierEaseInOut:r},self:{boxShadow:i,boxShadowActive:a,boxShadowDisabled:o,boxShadowFocus:s,boxShadowHover:c,color:l,colorDisabled:u,colorActive:d,textColor:f,textColorDisabled:p,dotColorActive:m,dotColorDisabled:h,labelPadding:g,labelLineHeight:_,labelFontWeight:v,[x(`fontSize`,e)]:y,[x(`radioSize`,e)]:b}}=n.value;return{"--n-bezier":r,"--n-label-line-height":_,"--n-label-font-weight":v,"--n-box-shadow":i,"--n-box-shadow-active":a,"--n-box-shadow-disabled":o,"--n-box-shadow-focus":s,"--n-box-shadow-hover":c,"--n-color":l,"--n-color-active":d,"--n-color-disabled":u,"--n-dot-color-active":m,"--n-dot-color-disabled":h,"--n-font-size":y,"--n-radio-size":b,"--n-text-color":f,"--n-text-color-disabled":p,"--n-label-padding":g}}),{inlineThemeDisabled:i,mergedClsPrefixRef:o,mergedRtlRef:s}=f(e),c=E(`Radio`,s,o),l=i?m(`radio`,a(()=>t.mergedSize.value[0]),r,e):void 0;return Object.assign(t,{rtlEnabled:c,cssVars:i?void 0:r,themeClass:l?.themeClass,onRender:l?.onRender})},render(){let{$slots:e,mergedClsPrefix:n,onRender:r,label:i}=this;return r?.(),(()=>{let r=p(`f8c6901d8cd45c02`);return t(),o(`label`,{class:S([`${n}-radio`,this.themeClass,this.rtlEnabled&&`${n}-radio--rtl`,this.mergedDisabled&&`${n}-radio--disabled`,this.renderSafeChecked&&`${n}-radio--checked`,this.focus&&`${n}-radio--focus`]),style:u(this.cssVars)},[c(`div`,{class:S(`${n}-radio__dot-wrapper`)},[r[0]||=w(`\xA0`,-1),c(`div`,{class:S([`${n}-radio__dot`,this.renderSafeChecked&&`${n}-radio__dot--checked`])},null,2),c(`input`,{ref:`inputRef`,type:`radio`,class:S(`${n}-radio-input`),value:this.value,name:this.mergedName,checked:this.renderSafeChecked,disabled:this.mergedDisabled,onChange:this.handleRadioInputChange,onFocus:this.handleRadioInputFocus,onBlur:this.handleRadioInputBlur},null,42,te)],2),w(()=>C(e.default,e=>!e&&!i?null:(t(),o(`div`,{ref:`labelRef`,class:S(`${n}-radio__label`)},[w(()=>e||i)],2))))],6)})()}}),V=A(`radio-group`,`
 display: inline-block;
 font-size: var(--n-font-size);
`,[k(`splitor`,`
 display: inline-block;
 vertical-align: bottom;
 width: 1px;
 transition:
 background-color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 background: var(--n-button-border-color);
 `,[h(`checked`,{backgroundColor:`var(--n-button-border-color-active)`}),h(`disabled`,{opacity:`var(--n-opacity-disabled)`})]),h(`button-group`,`
 white-space: nowrap;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[A(`radio-button`,{height:`var(--n-height)`,lineHeight:`var(--n-height)`}),k(`splitor`,{height:`var(--n-height)`})]),A(`radio-button`,`
 vertical-align: bottom;
 outline: none;
 position: relative;
 user-select: none;
 -webkit-user-select: none;
 display: inline-block;
 box-sizing: border-box;
 padding-left: 14px;
 padding-right: 14px;
 white-space: nowrap;
 transition:
 background-color .3s var(--n-bezier),
 opacity .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 background: var(--n-button-color);
 color: var(--n-button-text-color);
 border-top: 1px solid var(--n-button-border-color);
 border-bottom: 1px solid var(--n-button-border-color);
 `,[A(`radio-input`,`
 pointer-events: none;
 position: absolute;
 border: 0;
 border-radius: inherit;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 opacity: 0;
 z-index: 1;
 `),k(`state-border`,`
 z-index: 1;
 pointer-events: none;
 position: absolute;
 box-shadow: var(--n-button-box-shadow);
 transition: box-shadow .3s var(--n-bezier);
 left: -1px;
 bottom: -1px;
 right: -1px;
 top: -1px;
 `),y(`&:first-child`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 border-left: 1px solid var(--n-button-border-color);
 `,[k(`state-border`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 `)]),y(`&:last-child`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 border-right: 1px solid var(--n-button-border-color);
 `,[k(`state-border`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 `)]),_(`disabled`,`
 cursor: pointer;
 `,[y(`&:hover`,[k(`state-border`,`
 transition: box-shadow .3s var(--n-bezier);
 box-shadow: var(--n-button-box-shadow-hover);
 `),_(`checked`,{color:`var(--n-button-text-color-hover)`})]),h(`focus`,[y(`&:not(:active)`,[k(`state-border`,{boxShadow:`var(--n-button-box-shadow-focus)`})])])]),h(`checked`,`
 background: var(--n-button-color-active);
 color: var(--n-button-text-color-active);
 border-color: var(--n-button-border-color-active);
 `),h(`disabled`,`
 cursor: not-allowed;
 opacity: var(--n-opacity-disabled);
 `)])]),H=[`onFocusin`,`onFocusout`];function U(e,n,r){let i=[],a=!1;for(let s=0;s<e.length;++s){let c=e[s],l=c.type?.name;l===`RadioButton`&&(a=!0);let u=c.props;if(l!==`RadioButton`)i.push(c);else if(s===0)i.push(c);else{let e=i[i.length-1].props,a=n===e.value,s=e.disabled,l=n===u.value,d=u.disabled,f=(a?2:0)+ +!s,p=(l?2:0)+ +!d,m={[`${r}-radio-group__splitor--disabled`]:s,[`${r}-radio-group__splitor--checked`]:a},h={[`${r}-radio-group__splitor--disabled`]:d,[`${r}-radio-group__splitor--checked`]:l},g=f<p?h:m;i.push((t(),o(`div`,{key:1,class:S([`${r}-radio-group__splitor`,g])},null,2)),c)}}return{children:i,isButtonGroup:a}}var W={...O.props,name:String,options:Array,labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},value:[String,Number,Boolean],defaultValue:{type:[String,Number,Boolean],default:null},size:String,disabled:{type:Boolean,default:void 0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array]},G=l({name:`RadioGroup`,props:W,setup(t){let r=e(null),{mergedSizeRef:i,mergedDisabledRef:o,nTriggerFormChange:c,nTriggerFormInput:l,nTriggerFormBlur:u,nTriggerFormFocus:p}=D(t),{mergedClsPrefixRef:h,inlineThemeDisabled:g,mergedRtlRef:_}=f(t),v=O(`Radio`,`-radio-group`,V,I,t,h),y=e(t.defaultValue),b=s(t,`value`),S=j(b,y);function C(e){let{onUpdateValue:n,"onUpdate:value":r}=t;n&&d(n,e),r&&d(r,e),y.value=e,c(),l()}function w(e){let{value:t}=r;t&&(t.contains(e.relatedTarget)||p())}function T(e){let{value:t}=r;t&&(t.contains(e.relatedTarget)||u())}n(R,{mergedClsPrefixRef:h,nameRef:s(t,`name`),valueRef:S,disabledRef:o,mergedSizeRef:i,doUpdateValue:C});let k=E(`Radio`,_,h),A=a(()=>{let{value:e}=i,{common:{cubicBezierEaseInOut:t},self:{buttonBorderColor:n,buttonBorderColorActive:r,buttonBorderRadius:a,buttonBoxShadow:o,buttonBoxShadowFocus:s,buttonBoxShadowHover:c,buttonColor:l,buttonColorActive:u,buttonTextColor:d,buttonTextColorActive:f,buttonTextColorHover:p,opacityDisabled:m,[x(`buttonHeight`,e)]:h,[x(`fontSize`,e)]:g}}=v.value;return{"--n-font-size":g,"--n-bezier":t,"--n-button-border-color":n,"--n-button-border-color-active":r,"--n-button-border-radius":a,"--n-button-box-shadow":o,"--n-button-box-shadow-focus":s,"--n-button-box-shadow-hover":c,"--n-button-color":l,"--n-button-color-active":u,"--n-button-text-color":d,"--n-button-text-color-hover":p,"--n-button-text-color-active":f,"--n-height":h,"--n-opacity-disabled":m}}),M=g?m(`radio-group`,a(()=>i.value[0]),A,t):void 0;return{selfElRef:r,rtlEnabled:k,mergedClsPrefix:h,mergedValue:S,handleFocusout:T,handleFocusin:w,cssVars:g?void 0:A,themeClass:M?.themeClass,onRender:M?.onRender}},render(){let{mergedValue:e,mergedClsPrefix:n,handleFocusin:r,handleFocusout:a}=this,{options:s,labelField:c,valueField:l}=this.$props,{children:d,isButtonGroup:f}=U(s?s.map(e=>{let n=e[l];return t(),i(B,{key:typeof n==`boolean`?`__n_${n}`:n,value:n,disabled:e.disabled,label:e[c]},null,8,[`value`,`disabled`,`label`])}):N(M(this)),e,n);return this.onRender?.(),t(),o(`div`,{onFocusin:r,onFocusout:a,ref:`selfElRef`,class:S([`${n}-radio-group`,this.rtlEnabled&&`${n}-radio-group--rtl`,this.themeClass,f&&`${n}-radio-group--button-group`]),style:u(this.cssVars)},[w(()=>d)],46,H)}}),K=`—`;function q(e,t=``){let n=Math.abs(e),r=[[0xe8d4a51000,`T`],[1e9,`B`],[1e6,`M`],[1e3,`K`]];for(let i=0;i<r.length;i++){let[a,o]=r[i];if(n>=a){let n=(e/a).toFixed(1);return Math.abs(Number(n))>=1e3&&i>0?n=(e/r[i-1][0]).toFixed(1)+r[i-1][1]:n+=o,t+n.replace(/\.0(?=[A-Z])/,``)}}return t+String(e)}function J(e){if(e==null||e===``)return null;let t=typeof e==`number`?e:Number(e);return Number.isFinite(t)?t:null}function Y(e){let t=J(e);if(t===null)return K;let n=t<0?`-`:``,r=Math.abs(t);if(r===0)return`$0.00`;if(r>=1e3)return n+q(r,`$`);if(r>=.01)return`${n}$${r.toFixed(2)}`;let i=Math.min(Math.max(2,2-Math.floor(Math.log10(r))),12),a=r.toFixed(i).replace(/0+$/,``).replace(/\.$/,``);return`${n}$${a===`0`?r.toExponential(2):a}`}function X(e){return e==null||e===``?K:`$${e} USD`}function re(e){let t=J(e);return t===null?K:q(Math.round(t))}function ie(e){let t=J(e);return t===null?K:t.toLocaleString(`en-US`)}function Z(e){return e===0||e===100?`${e}%`:Math.abs(e)<.1?`${e.toFixed(2)}%`:`${e.toFixed(1)}%`}function ae(e){let t=J(e);return t===null?K:Z(t*100)}function oe(e){let t=J(e);return t===null?K:Z(t)}function Q(e){let t=J(e);return t===null?K:Math.abs(t)<1e3?`${Math.round(t)} ms`:Math.abs(t)<6e4?`${(t/1e3).toFixed(2)} s`:`${(t/6e4).toFixed(1)} min`}var $=e=>String(e).padStart(2,`0`);function se(e){if(!e)return K;let t=new Date(e);return Number.isNaN(t.getTime())?e:`${t.getFullYear()}-${$(t.getMonth()+1)}-${$(t.getDate())} ${$(t.getHours())}:${$(t.getMinutes())}:${$(t.getSeconds())}`}function ce(e){if(!e)return K;let t=new Date(e);return Number.isNaN(t.getTime())?e:`${t.getFullYear()}-${$(t.getMonth()+1)}-${$(t.getDate())}`}function le(e){return e&&e.charAt(0).toUpperCase()+e.slice(1)}function ue(e,t=Date.now()){if(!e)return K;let n=Date.parse(e);if(Number.isNaN(n))return e;let r=Math.max(0,Math.round((t-n)/1e3));return r<45?`just now`:r<3600?`${Math.max(1,Math.round(r/60))} min ago`:r<86400?`${Math.round(r/3600)} h ago`:`${Math.round(r/86400)} d ago`}export{X as a,ae as c,le as d,G as f,I as g,z as h,Y as i,ue as l,L as m,ie as n,Q as o,B as p,ce as r,oe as s,re as t,se as u};