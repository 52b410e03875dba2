import{$ as e,N as t,P as n,S as r,d as i,l as a,p as o,rt as s,u as c,v as l,xt as u}from"./runtime-core.esm-bundler-DolcaMW8.js";import{At as d,D as f,F as p,Ft as m,H as h,M as g,Mt as _,N as v,Nt as y,P as b,Pt as x,R as S,T as C,X as w,b as T,f as E,k as D,kt as O,q as k,z as A}from"./Button-b-t6E8qV.js";import{x as j}from"./api-2UHzveea.js";import{r as M}from"./DataState-D7T5QBs9.js";import{a as N}from"./Tag-Cucxqi0w.js";var P={radioSizeSmall:`14px`,radioSizeMedium:`16px`,radioSizeLarge:`18px`,labelPadding:`0 8px`,labelFontWeight:`400`};function F(e){let{borderColor:t,primaryColor:n,baseColor:r,textColorDisabled:i,inputColorDisabled:a,textColor2:o,opacityDisabled:s,borderRadius:c,fontSizeSmall:l,fontSizeMedium:u,fontSizeLarge:d,heightSmall:f,heightMedium:m,heightLarge:h,lineHeight:g}=e;return{...P,labelLineHeight:g,buttonHeightSmall:f,buttonHeightMedium:m,buttonHeightLarge:h,fontSizeSmall:l,fontSizeMedium:u,fontSizeLarge:d,boxShadow:`inset 0 0 0 1px ${t}`,boxShadowActive:`inset 0 0 0 1px ${n}`,boxShadowFocus:`inset 0 0 0 1px ${n}, 0 0 0 2px ${p(n,{alpha:.2})}`,boxShadowHover:`inset 0 0 0 1px ${n}`,boxShadowDisabled:`inset 0 0 0 1px ${t}`,color:r,colorDisabled:a,colorActive:`#0000`,textColor:o,textColorDisabled:i,dotColorActive:n,dotColorDisabled:t,buttonBorderColor:t,buttonBorderColorActive:n,buttonBorderColorHover:t,buttonColor:r,buttonColorActive:r,buttonTextColor:o,buttonTextColorActive:n,buttonTextColorHover:n,opacityDisabled:s,buttonBoxShadowFocus:`inset 0 0 0 1px ${n}, 0 0 0 2px ${p(n,{alpha:.3})}`,buttonBoxShadowHover:`inset 0 0 0 1px #0000`,buttonBoxShadow:`inset 0 0 0 1px #0000`,buttonBorderRadius:c}}var I={name:`Radio`,common:b,self:F},ee=d(`radio`,`
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
`,[y(`checked`,[_(`dot`,`
 background-color: var(--n-color-active);
 `)]),_(`dot-wrapper`,`
 position: relative;
 flex-shrink: 0;
 flex-grow: 0;
 width: var(--n-radio-size);
 `),d(`radio-input`,`
 position: absolute;
 border: 0;
 width: 0;
 height: 0;
 opacity: 0;
 margin: 0;
 `),_(`dot`,`
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
 `,[O(`&::before`,`
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
 `),y(`checked`,{boxShadow:`var(--n-box-shadow-active)`},[O(`&::before`,`
 opacity: 1;
 transform: scale(1);
 `)])]),_(`label`,`
 color: var(--n-text-color);
 padding: var(--n-label-padding);
 font-weight: var(--n-label-font-weight);
 display: inline-block;
 transition: color .3s var(--n-bezier);
 `),x(`disabled`,`
 cursor: pointer;
 `,[O(`&:hover`,[_(`dot`,{boxShadow:`var(--n-box-shadow-hover)`})]),y(`focus`,[O(`&:not(:active)`,[_(`dot`,{boxShadow:`var(--n-box-shadow-focus)`})])])]),y(`disabled`,`
 cursor: not-allowed;
 `,[_(`dot`,{boxShadow:`var(--n-box-shadow-disabled)`,backgroundColor:`var(--n-color-disabled)`},[O(`&::before`,{backgroundColor:`var(--n-dot-color-disabled)`}),y(`checked`,`
 opacity: 1;
 `)]),_(`label`,{color:`var(--n-text-color-disabled)`}),d(`radio-input`,`
 cursor: not-allowed;
 `)])]),L={name:String,value:{type:[String,Number,Boolean],default:`on`},checked:{type:Boolean,default:void 0},defaultChecked:Boolean,disabled:{type:Boolean,default:void 0},label:String,size:String,onUpdateChecked:[Function,Array],"onUpdate:checked":[Function,Array],checkedValue:{type:Boolean,default:void 0}},R=w(`n-radio-group`);function z(t){let n=r(R,null),{mergedClsPrefixRef:i,mergedComponentPropsRef:a}=k(t),o=E(t,{mergedSize(e){let{size:r}=t;if(r!==void 0)return r;if(n){let{mergedSizeRef:{value:e}}=n;if(e!==void 0)return e}return e?e.mergedSize.value:a?.value?.Radio?.size||`medium`},mergedDisabled(e){return!!(t.disabled||n?.disabledRef.value||e?.disabled.value)}}),{mergedSizeRef:c,mergedDisabledRef:l}=o,u=e(null),d=e(null),p=e(t.defaultChecked),m=s(t,`checked`),h=j(m,p),g=D(()=>n?n.valueRef.value===t.value:h.value),_=D(()=>{let{name:e}=t;if(e!==void 0)return e;if(n)return n.nameRef.value}),v=e(!1);function y(){if(n){let{doUpdateValue:e}=n,{value:r}=t;f(e,r)}else{let{onUpdateChecked:e,"onUpdate:checked":n}=t,{nTriggerFormInput:r,nTriggerFormChange:i}=o;e&&f(e,!0),n&&f(n,!0),r(),i(),p.value=!0}}function b(){l.value||g.value||y()}function x(){b(),u.value&&(u.value.checked=g.value)}function S(){v.value=!1}function C(){v.value=!0}return{mergedClsPrefix:n?n.mergedClsPrefixRef:i,inputRef:u,labelRef:d,mergedName:_,mergedDisabled:l,renderSafeChecked:g,focus:v,mergedSize:c,handleRadioInputChange:x,handleRadioInputBlur:S,handleRadioInputFocus:C}}var B=[`value`,`name`,`checked`,`disabled`,`onChange`,`onFocus`,`onBlur`],te={...g.props,...L},V=l({name:`Radio`,props:te,setup(e){let t=z(e),n=g(`Radio`,`-radio`,ee,I,e,t.mergedClsPrefix),r=a(()=>{let{mergedSize:{value:e}}=t,{common:{cubicBezierEaseInOut:r},self:{boxShadow:i,boxShadowActive:a,boxShadowDisabled:o,boxShadowFocus:s,boxShadowHover:c,color:l,colorDisabled:u,colorActive:d,textColor:f,textColorDisabled:p,dotColorActive:h,dotColorDisabled:g,labelPadding:_,labelLineHeight:v,labelFontWeight:y,[m(`fontSize`,e)]:b,[m(`radioSize`,e)]:x}}=n.value;return{"--n-bezier":r,"--n-label-line-height":v,"--n-label-font-weight":y,"--n-box-shadow":i,"--n-box-shadow-active":a,"--n-box-shadow-disabled":o,"--n-box-shadow-focus":s,"--n-box-shadow-hover":c,"--n-color":l,"--n-color-active":d,"--n-color-disabled":u,"--n-dot-color-active":h,"--n-dot-color-disabled":g,"--n-font-size":b,"--n-radio-size":x,"--n-text-color":f,"--n-text-color-disabled":p,"--n-label-padding":_}}),{inlineThemeDisabled:i,mergedClsPrefixRef:o,mergedRtlRef:s}=k(e),c=T(`Radio`,s,o),l=i?v(`radio`,a(()=>t.mergedSize.value[0]),r,e):void 0;return Object.assign(t,{rtlEnabled:c,cssVars:i?void 0:r,themeClass:l?.themeClass,onRender:l?.onRender})},render(){let{$slots:e,mergedClsPrefix:n,onRender:r,label:i}=this;return r?.(),(()=>{let r=S(`f8c6901d8cd45c02`);return t(),o(`label`,{class:A([`${n}-radio`,this.themeClass,this.rtlEnabled&&`${n}-radio--rtl`,this.mergedDisabled&&`${n}-radio--disabled`,this.renderSafeChecked&&`${n}-radio--checked`,this.focus&&`${n}-radio--focus`]),style:u(this.cssVars)},[c(`div`,{class:A(`${n}-radio__dot-wrapper`)},[r[0]||=h(`\xA0`,-1),c(`div`,{class:A([`${n}-radio__dot`,this.renderSafeChecked&&`${n}-radio__dot--checked`])},null,2),c(`input`,{ref:`inputRef`,type:`radio`,class:A(`${n}-radio-input`),value:this.value,name:this.mergedName,checked:this.renderSafeChecked,disabled:this.mergedDisabled,onChange:this.handleRadioInputChange,onFocus:this.handleRadioInputFocus,onBlur:this.handleRadioInputBlur},null,42,B)],2),h(()=>C(e.default,e=>!e&&!i?null:(t(),o(`div`,{ref:`labelRef`,class:A(`${n}-radio__label`)},[h(()=>e||i)],2))))],6)})()}}),ne=d(`radio-group`,`
 display: inline-block;
 font-size: var(--n-font-size);
`,[_(`splitor`,`
 display: inline-block;
 vertical-align: bottom;
 width: 1px;
 transition:
 background-color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 background: var(--n-button-border-color);
 `,[y(`checked`,{backgroundColor:`var(--n-button-border-color-active)`}),y(`disabled`,{opacity:`var(--n-opacity-disabled)`})]),y(`button-group`,`
 white-space: nowrap;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[d(`radio-button`,{height:`var(--n-height)`,lineHeight:`var(--n-height)`}),_(`splitor`,{height:`var(--n-height)`})]),d(`radio-button`,`
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
 `,[d(`radio-input`,`
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
 `),_(`state-border`,`
 z-index: 1;
 pointer-events: none;
 position: absolute;
 box-shadow: var(--n-button-box-shadow);
 transition: box-shadow .3s var(--n-bezier);
 left: -1px;
 bottom: -1px;
 right: -1px;
 top: -1px;
 `),O(`&:first-child`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 border-left: 1px solid var(--n-button-border-color);
 `,[_(`state-border`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 `)]),O(`&:last-child`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 border-right: 1px solid var(--n-button-border-color);
 `,[_(`state-border`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 `)]),x(`disabled`,`
 cursor: pointer;
 `,[O(`&:hover`,[_(`state-border`,`
 transition: box-shadow .3s var(--n-bezier);
 box-shadow: var(--n-button-box-shadow-hover);
 `),x(`checked`,{color:`var(--n-button-text-color-hover)`})]),y(`focus`,[O(`&:not(:active)`,[_(`state-border`,{boxShadow:`var(--n-button-box-shadow-focus)`})])])]),y(`checked`,`
 background: var(--n-button-color-active);
 color: var(--n-button-text-color-active);
 border-color: var(--n-button-border-color-active);
 `),y(`disabled`,`
 cursor: not-allowed;
 opacity: var(--n-opacity-disabled);
 `)])]),re=[`onFocusin`,`onFocusout`];function H(e,n,r){let i=[],a=!1;for(let s=0;s<e.length;++s){let c=e[s],l=c.type?.name;l===`RadioButton`&&(a=!0);let u=c.props;if(l!==`RadioButton`)i.push(c);else if(s===0)i.push(c);else{let e=i[i.length-1].props,a=n===e.value,s=e.disabled,l=n===u.value,d=u.disabled,f=(a?2:0)+ +!s,p=(l?2:0)+ +!d,m={[`${r}-radio-group__splitor--disabled`]:s,[`${r}-radio-group__splitor--checked`]:a},h={[`${r}-radio-group__splitor--disabled`]:d,[`${r}-radio-group__splitor--checked`]:l},g=f<p?h:m;i.push((t(),o(`div`,{key:1,class:A([`${r}-radio-group__splitor`,g])},null,2)),c)}}return{children:i,isButtonGroup:a}}var U={...g.props,name:String,options:Array,labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},value:[String,Number,Boolean],defaultValue:{type:[String,Number,Boolean],default:null},size:String,disabled:{type:Boolean,default:void 0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array]},W=l({name:`RadioGroup`,props:U,setup(t){let r=e(null),{mergedSizeRef:i,mergedDisabledRef:o,nTriggerFormChange:c,nTriggerFormInput:l,nTriggerFormBlur:u,nTriggerFormFocus:d}=E(t),{mergedClsPrefixRef:p,inlineThemeDisabled:h,mergedRtlRef:_}=k(t),y=g(`Radio`,`-radio-group`,ne,I,t,p),b=e(t.defaultValue),x=s(t,`value`),S=j(x,b);function C(e){let{onUpdateValue:n,"onUpdate:value":r}=t;n&&f(n,e),r&&f(r,e),b.value=e,c(),l()}function w(e){let{value:t}=r;t&&(t.contains(e.relatedTarget)||d())}function D(e){let{value:t}=r;t&&(t.contains(e.relatedTarget)||u())}n(R,{mergedClsPrefixRef:p,nameRef:s(t,`name`),valueRef:S,disabledRef:o,mergedSizeRef:i,doUpdateValue:C});let O=T(`Radio`,_,p),A=a(()=>{let{value:e}=i,{common:{cubicBezierEaseInOut:t},self:{buttonBorderColor:n,buttonBorderColorActive:r,buttonBorderRadius:a,buttonBoxShadow:o,buttonBoxShadowFocus:s,buttonBoxShadowHover:c,buttonColor:l,buttonColorActive:u,buttonTextColor:d,buttonTextColorActive:f,buttonTextColorHover:p,opacityDisabled:h,[m(`buttonHeight`,e)]:g,[m(`fontSize`,e)]:_}}=y.value;return{"--n-font-size":_,"--n-bezier":t,"--n-button-border-color":n,"--n-button-border-color-active":r,"--n-button-border-radius":a,"--n-button-box-shadow":o,"--n-button-box-shadow-focus":s,"--n-button-box-shadow-hover":c,"--n-button-color":l,"--n-button-color-active":u,"--n-button-text-color":d,"--n-button-text-color-hover":p,"--n-button-text-color-active":f,"--n-height":g,"--n-opacity-disabled":h}}),M=h?v(`radio-group`,a(()=>i.value[0]),A,t):void 0;return{selfElRef:r,rtlEnabled:O,mergedClsPrefix:p,mergedValue:S,handleFocusout:D,handleFocusin:w,cssVars:h?void 0:A,themeClass:M?.themeClass,onRender:M?.onRender}},render(){let{mergedValue:e,mergedClsPrefix:n,handleFocusin:r,handleFocusout:a}=this,{options:s,labelField:c,valueField:l}=this.$props,{children:d,isButtonGroup:f}=H(s?s.map(e=>{let n=e[l];return t(),i(V,{key:typeof n==`boolean`?`__n_${n}`:n,value:n,disabled:e.disabled,label:e[c]},null,8,[`value`,`disabled`,`label`])}):N(M(this)),e,n);return this.onRender?.(),t(),o(`div`,{onFocusin:r,onFocusout:a,ref:`selfElRef`,class:A([`${n}-radio-group`,this.rtlEnabled&&`${n}-radio-group--rtl`,this.themeClass,f&&`${n}-radio-group--button-group`]),style:u(this.cssVars)},[h(()=>d)],46,re)}}),G=`—`;function K(e,t=``){let n=Math.abs(e),r=[[0xe8d4a51000,`T`],[1e9,`B`],[1e6,`M`],[1e3,`K`]];for(let i=0;i<r.length;i++){let[a,o]=r[i];if(n>=a){let n=(e/a).toFixed(1);return Math.abs(Number(n))>=1e3&&i>0?n=(e/r[i-1][0]).toFixed(1)+r[i-1][1]:n+=o,t+n.replace(/\.0(?=[A-Z])/,``)}}return t+String(e)}function q(e){if(e==null||e===``)return null;let t=typeof e==`number`?e:Number(e);return Number.isFinite(t)?t:null}function J(e){let t=q(e);if(t===null)return G;let n=t<0?`-`:``,r=Math.abs(t);if(r===0)return`$0.00`;if(r>=1e3)return n+K(r,`$`);if(r>=.01)return`${n}$${r.toFixed(2)}`;let i=Math.min(Math.max(2,2-Math.floor(Math.log10(r))),12),a=r.toFixed(i).replace(/0+$/,``).replace(/\.$/,``);return`${n}$${a===`0`?r.toExponential(2):a}`}function Y(e){return e==null||e===``?G:`$${e} USD`}function ie(e){let t=q(e);return t===null?G:K(Math.round(t))}function X(e){let t=q(e);return t===null?G:t.toLocaleString(`en-US`)}function Z(e){return e===0||e===100?`${e}%`:Math.abs(e)<.1?`${e.toFixed(2)}%`:`${e.toFixed(1)}%`}function ae(e){let t=q(e);return t===null?G:Z(t*100)}function Q(e){let t=q(e);return t===null?G:Z(t)}function oe(e){let t=q(e);return t===null?G:Math.abs(t)<1e3?`${Math.round(t)} ms`:Math.abs(t)<6e4?`${(t/1e3).toFixed(2)} s`:`${(t/6e4).toFixed(1)} min`}var $=e=>String(e).padStart(2,`0`);function se(e){if(!e)return G;let t=new Date(e);return Number.isNaN(t.getTime())?e:`${t.getFullYear()}-${$(t.getMonth()+1)}-${$(t.getDate())} ${$(t.getHours())}:${$(t.getMinutes())}:${$(t.getSeconds())}`}function ce(e){if(!e)return G;let t=new Date(e);return Number.isNaN(t.getTime())?e:`${t.getFullYear()}-${$(t.getMonth()+1)}-${$(t.getDate())}`}function le(e){return e&&e.charAt(0).toUpperCase()+e.slice(1)}function ue(e,t=Date.now()){if(!e)return G;let n=Date.parse(e);if(Number.isNaN(n))return e;let r=Math.max(0,Math.round((t-n)/1e3));return r<45?`just now`:r<3600?`${Math.max(1,Math.round(r/60))} min ago`:r<86400?`${Math.round(r/3600)} h ago`:`${Math.round(r/86400)} d ago`}function de(e){let t=Math.max(0,Math.floor(e));if(t<60)return`${t} s`;let n=Math.floor(t/60);if(n<60)return`${n} min`;let r=Math.floor(n/60);if(r<24)return n%60?`${r} h ${n%60} min`:`${r} h`;let i=Math.floor(r/24);return r%24?`${i} d ${r%24} h`:`${i} d`}function fe(e,t=Date.now()){if(!e)return G;let n=Date.parse(e);return Number.isNaN(n)?e:n<=t?`now`:`in ${de((n-t)/1e3)}`}function pe(e){let t=[];e.daily_limit_usd!=null&&t.push(`${J(e.daily_limit_usd)}/day`),e.weekly_limit_usd!=null&&t.push(`${J(e.weekly_limit_usd)}/wk`),e.monthly_limit_usd!=null&&t.push(`${J(e.monthly_limit_usd)}/mo`);let n=[];return e.rpm!=null&&n.push(`${X(e.rpm)} rpm`),e.max_concurrency!=null&&n.push(`${X(e.max_concurrency)} concurrent`),{money:t,rate:n}}export{z as _,J as a,Q as c,se as d,le as f,L as g,V as h,pe as i,ae as l,W as m,X as n,Y as o,fe as p,ce as r,oe as s,ie as t,ue as u,I as v};