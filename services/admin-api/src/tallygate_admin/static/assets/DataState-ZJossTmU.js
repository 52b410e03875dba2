import{I as e,K as t,N as n,P as r,Q as i,S as a,W as o,d as s,g as c,h as l,i as u,it as d,l as f,nt as p,p as m,u as h,v as g,yt as _}from"./runtime-core.esm-bundler-wPbiH5qB.js";import{At as v,B as y,Dt as b,E as x,Et as S,G as C,I as w,J as T,L as E,Lt as ee,M as D,Mt as O,N as k,O as A,P as j,T as te,b as M,c as ne,f as N,j as P,jt as F,k as re,kt as I,s as ie,t as ae}from"./Button-BwbACcSz.js";import{t as oe}from"./use-locale-CcDS1Aw2.js";import{t as se}from"./Result-D3dlY_WW.js";import{J as ce,Q as le,_t as ue,n as de,nt as L,tt as fe}from"./index-Vn1Yw5C5.js";var pe={iconSizeTiny:`28px`,iconSizeSmall:`34px`,iconSizeMedium:`40px`,iconSizeLarge:`46px`,iconSizeHuge:`52px`};function me(e){let{textColorDisabled:t,iconColor:n,textColor2:r,fontSizeTiny:i,fontSizeSmall:a,fontSizeMedium:o,fontSizeLarge:s,fontSizeHuge:c}=e;return{...pe,fontSizeTiny:i,fontSizeSmall:a,fontSizeMedium:o,fontSizeLarge:s,fontSizeHuge:c,textColor:t,iconColor:n,extraTextColor:r}}var R={name:`Empty`,common:k,self:me},z=g({name:`Empty`,render(){return(()=>{let e=w(`15c1a247ae156450`);return e[0]||=h(`svg`,{viewBox:`0 0 28 28`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[h(`path`,{d:`M26 7.5C26 11.0899 23.0899 14 19.5 14C15.9101 14 13 11.0899 13 7.5C13 3.91015 15.9101 1 19.5 1C23.0899 1 26 3.91015 26 7.5ZM16.8536 4.14645C16.6583 3.95118 16.3417 3.95118 16.1464 4.14645C15.9512 4.34171 15.9512 4.65829 16.1464 4.85355L18.7929 7.5L16.1464 10.1464C15.9512 10.3417 15.9512 10.6583 16.1464 10.8536C16.3417 11.0488 16.6583 11.0488 16.8536 10.8536L19.5 8.20711L22.1464 10.8536C22.3417 11.0488 22.6583 11.0488 22.8536 10.8536C23.0488 10.6583 23.0488 10.3417 22.8536 10.1464L20.2071 7.5L22.8536 4.85355C23.0488 4.65829 23.0488 4.34171 22.8536 4.14645C22.6583 3.95118 22.3417 3.95118 22.1464 4.14645L19.5 6.79289L16.8536 4.14645Z`,fill:`currentColor`}),h(`path`,{d:`M25 22.75V12.5991C24.5572 13.0765 24.053 13.4961 23.5 13.8454V16H17.5L17.3982 16.0068C17.0322 16.0565 16.75 16.3703 16.75 16.75C16.75 18.2688 15.5188 19.5 14 19.5C12.4812 19.5 11.25 18.2688 11.25 16.75L11.2432 16.6482C11.1935 16.2822 10.8797 16 10.5 16H4.5V7.25C4.5 6.2835 5.2835 5.5 6.25 5.5H12.2696C12.4146 4.97463 12.6153 4.47237 12.865 4H6.25C4.45507 4 3 5.45507 3 7.25V22.75C3 24.5449 4.45507 26 6.25 26H21.75C23.5449 26 25 24.5449 25 22.75ZM4.5 22.75V17.5H9.81597L9.85751 17.7041C10.2905 19.5919 11.9808 21 14 21L14.215 20.9947C16.2095 20.8953 17.842 19.4209 18.184 17.5H23.5V22.75C23.5 23.7165 22.7165 24.5 21.75 24.5H6.25C5.2835 24.5 4.5 23.7165 4.5 22.75Z`,fill:`currentColor`})],-1)})()}}),he=b(`empty`,`
 display: flex;
 flex-direction: column;
 align-items: center;
 font-size: var(--n-font-size);
`,[I(`icon`,`
 width: var(--n-icon-size);
 height: var(--n-icon-size);
 font-size: var(--n-icon-size);
 line-height: var(--n-icon-size);
 color: var(--n-icon-color);
 transition:
 color .3s var(--n-bezier);
 `,[S(`+`,[I(`description`,`
 margin-top: 8px;
 `)])]),I(`description`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 `),I(`extra`,`
 text-align: center;
 transition: color .3s var(--n-bezier);
 margin-top: 12px;
 color: var(--n-extra-text-color);
 `)]),ge={...P.props,description:String,showDescription:{type:Boolean,default:!0},showIcon:{type:Boolean,default:!0},size:{type:String,default:`medium`},renderIcon:Function},B=g({name:`Empty`,props:ge,slots:Object,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:r,mergedComponentPropsRef:i}=C(e),a=P(`Empty`,`-empty`,he,R,e,t),{localeRef:o}=oe(`Empty`),c=f(()=>e.description??i?.value?.Empty?.description),l=f(()=>i?.value?.Empty?.renderIcon||(()=>(n(),s(z)))),u=f(()=>{let{size:t}=e,{common:{cubicBezierEaseInOut:n},self:{[O(`iconSize`,t)]:r,[O(`fontSize`,t)]:i,textColor:o,iconColor:s,extraTextColor:c}}=a.value;return{"--n-icon-size":r,"--n-font-size":i,"--n-bezier":n,"--n-text-color":o,"--n-icon-color":s,"--n-extra-text-color":c}}),d=r?D(`empty`,f(()=>{let t=``,{size:n}=e;return t+=n[0],t}),u,e):void 0;return{mergedClsPrefix:t,mergedRenderIcon:l,localizedDescription:f(()=>c.value||o.value.description),cssVars:r?void 0:u,themeClass:d?.themeClass,onRender:d?.onRender}},render(){let{$slots:e,mergedClsPrefix:t,onRender:r}=this;return r?.(),n(),m(`div`,{class:E([`${t}-empty`,this.themeClass]),style:_(this.cssVars)},[this.showIcon?(n(),m(`div`,{key:0,class:E(`${t}-empty__icon`)},[e.icon?(n(),m(u,{key:0},[y(()=>e.icon())],64)):(n(),s(re,{key:1,clsPrefix:t},{default:this.mergedRenderIcon},1032,[`clsPrefix`]))],2)):y(()=>null),this.showDescription?(n(),m(`div`,{key:2,class:E(`${t}-empty__description`)},[e.default?(n(),m(u,{key:0},[y(()=>e.default())],64)):(n(),m(u,{key:1},[y(()=>this.localizedDescription)],64))],2)):y(()=>null),e.extra?(n(),m(`div`,{key:4,class:E(`${t}-empty__extra`)},[y(()=>e.extra())],2)):y(()=>null)],6)}}),_e={radioSizeSmall:`14px`,radioSizeMedium:`16px`,radioSizeLarge:`18px`,labelPadding:`0 8px`,labelFontWeight:`400`};function ve(e){let{borderColor:t,primaryColor:n,baseColor:r,textColorDisabled:i,inputColorDisabled:a,textColor2:o,opacityDisabled:s,borderRadius:c,fontSizeSmall:l,fontSizeMedium:u,fontSizeLarge:d,heightSmall:f,heightMedium:p,heightLarge:m,lineHeight:h}=e;return{..._e,labelLineHeight:h,buttonHeightSmall:f,buttonHeightMedium:p,buttonHeightLarge:m,fontSizeSmall:l,fontSizeMedium:u,fontSizeLarge:d,boxShadow:`inset 0 0 0 1px ${t}`,boxShadowActive:`inset 0 0 0 1px ${n}`,boxShadowFocus:`inset 0 0 0 1px ${n}, 0 0 0 2px ${j(n,{alpha:.2})}`,boxShadowHover:`inset 0 0 0 1px ${n}`,boxShadowDisabled:`inset 0 0 0 1px ${t}`,color:r,colorDisabled:a,colorActive:`#0000`,textColor:o,textColorDisabled:i,dotColorActive:n,dotColorDisabled:t,buttonBorderColor:t,buttonBorderColorActive:n,buttonBorderColorHover:t,buttonColor:r,buttonColorActive:r,buttonTextColor:o,buttonTextColorActive:n,buttonTextColorHover:n,opacityDisabled:s,buttonBoxShadowFocus:`inset 0 0 0 1px ${n}, 0 0 0 2px ${j(n,{alpha:.3})}`,buttonBoxShadowHover:`inset 0 0 0 1px #0000`,buttonBoxShadow:`inset 0 0 0 1px #0000`,buttonBorderRadius:c}}var V={name:`Radio`,common:k,self:ve},ye=b(`radio`,`
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
`,[v(`checked`,[I(`dot`,`
 background-color: var(--n-color-active);
 `)]),I(`dot-wrapper`,`
 position: relative;
 flex-shrink: 0;
 flex-grow: 0;
 width: var(--n-radio-size);
 `),b(`radio-input`,`
 position: absolute;
 border: 0;
 width: 0;
 height: 0;
 opacity: 0;
 margin: 0;
 `),I(`dot`,`
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
 `,[S(`&::before`,`
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
 `),v(`checked`,{boxShadow:`var(--n-box-shadow-active)`},[S(`&::before`,`
 opacity: 1;
 transform: scale(1);
 `)])]),I(`label`,`
 color: var(--n-text-color);
 padding: var(--n-label-padding);
 font-weight: var(--n-label-font-weight);
 display: inline-block;
 transition: color .3s var(--n-bezier);
 `),F(`disabled`,`
 cursor: pointer;
 `,[S(`&:hover`,[I(`dot`,{boxShadow:`var(--n-box-shadow-hover)`})]),v(`focus`,[S(`&:not(:active)`,[I(`dot`,{boxShadow:`var(--n-box-shadow-focus)`})])])]),v(`disabled`,`
 cursor: not-allowed;
 `,[I(`dot`,{boxShadow:`var(--n-box-shadow-disabled)`,backgroundColor:`var(--n-color-disabled)`},[S(`&::before`,{backgroundColor:`var(--n-dot-color-disabled)`}),v(`checked`,`
 opacity: 1;
 `)]),I(`label`,{color:`var(--n-text-color-disabled)`}),b(`radio-input`,`
 cursor: not-allowed;
 `)])]),H={name:String,value:{type:[String,Number,Boolean],default:`on`},checked:{type:Boolean,default:void 0},defaultChecked:Boolean,disabled:{type:Boolean,default:void 0},label:String,size:String,onUpdateChecked:[Function,Array],"onUpdate:checked":[Function,Array],checkedValue:{type:Boolean,default:void 0}},U=T(`n-radio-group`);function W(e){let t=a(U,null),{mergedClsPrefixRef:n,mergedComponentPropsRef:r}=C(e),o=N(e,{mergedSize(n){let{size:i}=e;if(i!==void 0)return i;if(t){let{mergedSizeRef:{value:e}}=t;if(e!==void 0)return e}return n?n.mergedSize.value:r?.value?.Radio?.size||`medium`},mergedDisabled(n){return!!(e.disabled||t?.disabledRef.value||n?.disabled.value)}}),{mergedSizeRef:s,mergedDisabledRef:c}=o,l=i(null),u=i(null),d=i(e.defaultChecked),f=p(e,`checked`),m=L(f,d),h=A(()=>t?t.valueRef.value===e.value:m.value),g=A(()=>{let{name:n}=e;if(n!==void 0)return n;if(t)return t.nameRef.value}),_=i(!1);function v(){if(t){let{doUpdateValue:n}=t,{value:r}=e;x(n,r)}else{let{onUpdateChecked:t,"onUpdate:checked":n}=e,{nTriggerFormInput:r,nTriggerFormChange:i}=o;t&&x(t,!0),n&&x(n,!0),r(),i(),d.value=!0}}function y(){c.value||h.value||v()}function b(){y(),l.value&&(l.value.checked=h.value)}function S(){_.value=!1}function w(){_.value=!0}return{mergedClsPrefix:t?t.mergedClsPrefixRef:n,inputRef:l,labelRef:u,mergedName:g,mergedDisabled:c,renderSafeChecked:h,focus:_,mergedSize:s,handleRadioInputChange:b,handleRadioInputBlur:S,handleRadioInputFocus:w}}var be=[`value`,`name`,`checked`,`disabled`,`onChange`,`onFocus`,`onBlur`],xe={...P.props,...H},G=g({name:`Radio`,props:xe,setup(e){let t=W(e),n=P(`Radio`,`-radio`,ye,V,e,t.mergedClsPrefix),r=f(()=>{let{mergedSize:{value:e}}=t,{common:{cubicBezierEaseInOut:r},self:{boxShadow:i,boxShadowActive:a,boxShadowDisabled:o,boxShadowFocus:s,boxShadowHover:c,color:l,colorDisabled:u,colorActive:d,textColor:f,textColorDisabled:p,dotColorActive:m,dotColorDisabled:h,labelPadding:g,labelLineHeight:_,labelFontWeight:v,[O(`fontSize`,e)]:y,[O(`radioSize`,e)]:b}}=n.value;return{"--n-bezier":r,"--n-label-line-height":_,"--n-label-font-weight":v,"--n-box-shadow":i,"--n-box-shadow-active":a,"--n-box-shadow-disabled":o,"--n-box-shadow-focus":s,"--n-box-shadow-hover":c,"--n-color":l,"--n-color-active":d,"--n-color-disabled":u,"--n-dot-color-active":m,"--n-dot-color-disabled":h,"--n-font-size":y,"--n-radio-size":b,"--n-text-color":f,"--n-text-color-disabled":p,"--n-label-padding":g}}),{inlineThemeDisabled:i,mergedClsPrefixRef:a,mergedRtlRef:o}=C(e),s=M(`Radio`,o,a),c=i?D(`radio`,f(()=>t.mergedSize.value[0]),r,e):void 0;return Object.assign(t,{rtlEnabled:s,cssVars:i?void 0:r,themeClass:c?.themeClass,onRender:c?.onRender})},render(){let{$slots:e,mergedClsPrefix:t,onRender:r,label:i}=this;return r?.(),(()=>{let r=w(`f8c6901d8cd45c02`);return n(),m(`label`,{class:E([`${t}-radio`,this.themeClass,this.rtlEnabled&&`${t}-radio--rtl`,this.mergedDisabled&&`${t}-radio--disabled`,this.renderSafeChecked&&`${t}-radio--checked`,this.focus&&`${t}-radio--focus`]),style:_(this.cssVars)},[h(`div`,{class:E(`${t}-radio__dot-wrapper`)},[r[0]||=y(`\xA0`,-1),h(`div`,{class:E([`${t}-radio__dot`,this.renderSafeChecked&&`${t}-radio__dot--checked`])},null,2),h(`input`,{ref:`inputRef`,type:`radio`,class:E(`${t}-radio-input`),value:this.value,name:this.mergedName,checked:this.renderSafeChecked,disabled:this.mergedDisabled,onChange:this.handleRadioInputChange,onFocus:this.handleRadioInputFocus,onBlur:this.handleRadioInputBlur},null,42,be)],2),y(()=>te(e.default,e=>!e&&!i?null:(n(),m(`div`,{ref:`labelRef`,class:E(`${t}-radio__label`)},[y(()=>e||i)],2))))],6)})()}});function K(e,t=`default`,n=[]){let r=e.$slots[t];return r===void 0?n:r()}var Se=b(`radio-group`,`
 display: inline-block;
 font-size: var(--n-font-size);
`,[I(`splitor`,`
 display: inline-block;
 vertical-align: bottom;
 width: 1px;
 transition:
 background-color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 background: var(--n-button-border-color);
 `,[v(`checked`,{backgroundColor:`var(--n-button-border-color-active)`}),v(`disabled`,{opacity:`var(--n-opacity-disabled)`})]),v(`button-group`,`
 white-space: nowrap;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[b(`radio-button`,{height:`var(--n-height)`,lineHeight:`var(--n-height)`}),I(`splitor`,{height:`var(--n-height)`})]),b(`radio-button`,`
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
 `,[b(`radio-input`,`
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
 `),I(`state-border`,`
 z-index: 1;
 pointer-events: none;
 position: absolute;
 box-shadow: var(--n-button-box-shadow);
 transition: box-shadow .3s var(--n-bezier);
 left: -1px;
 bottom: -1px;
 right: -1px;
 top: -1px;
 `),S(`&:first-child`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 border-left: 1px solid var(--n-button-border-color);
 `,[I(`state-border`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 `)]),S(`&:last-child`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 border-right: 1px solid var(--n-button-border-color);
 `,[I(`state-border`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 `)]),F(`disabled`,`
 cursor: pointer;
 `,[S(`&:hover`,[I(`state-border`,`
 transition: box-shadow .3s var(--n-bezier);
 box-shadow: var(--n-button-box-shadow-hover);
 `),F(`checked`,{color:`var(--n-button-text-color-hover)`})]),v(`focus`,[S(`&:not(:active)`,[I(`state-border`,{boxShadow:`var(--n-button-box-shadow-focus)`})])])]),v(`checked`,`
 background: var(--n-button-color-active);
 color: var(--n-button-text-color-active);
 border-color: var(--n-button-border-color-active);
 `),v(`disabled`,`
 cursor: not-allowed;
 opacity: var(--n-opacity-disabled);
 `)])]),Ce=[`onFocusin`,`onFocusout`];function we(e,t,r){let i=[],a=!1;for(let o=0;o<e.length;++o){let s=e[o],c=s.type?.name;c===`RadioButton`&&(a=!0);let l=s.props;if(c!==`RadioButton`)i.push(s);else if(o===0)i.push(s);else{let e=i[i.length-1].props,a=t===e.value,o=e.disabled,c=t===l.value,u=l.disabled,d=(a?2:0)+ +!o,f=(c?2:0)+ +!u,p={[`${r}-radio-group__splitor--disabled`]:o,[`${r}-radio-group__splitor--checked`]:a},h={[`${r}-radio-group__splitor--disabled`]:u,[`${r}-radio-group__splitor--checked`]:c},g=d<f?h:p;i.push((n(),m(`div`,{key:1,class:E([`${r}-radio-group__splitor`,g])},null,2)),s)}}return{children:i,isButtonGroup:a}}var Te={...P.props,name:String,options:Array,labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},value:[String,Number,Boolean],defaultValue:{type:[String,Number,Boolean],default:null},size:String,disabled:{type:Boolean,default:void 0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array]},Ee=g({name:`RadioGroup`,props:Te,setup(e){let t=i(null),{mergedSizeRef:n,mergedDisabledRef:a,nTriggerFormChange:o,nTriggerFormInput:s,nTriggerFormBlur:c,nTriggerFormFocus:l}=N(e),{mergedClsPrefixRef:u,inlineThemeDisabled:d,mergedRtlRef:m}=C(e),h=P(`Radio`,`-radio-group`,Se,V,e,u),g=i(e.defaultValue),_=p(e,`value`),v=L(_,g);function y(t){let{onUpdateValue:n,"onUpdate:value":r}=e;n&&x(n,t),r&&x(r,t),g.value=t,o(),s()}function b(e){let{value:n}=t;n&&(n.contains(e.relatedTarget)||l())}function S(e){let{value:n}=t;n&&(n.contains(e.relatedTarget)||c())}r(U,{mergedClsPrefixRef:u,nameRef:p(e,`name`),valueRef:v,disabledRef:a,mergedSizeRef:n,doUpdateValue:y});let w=M(`Radio`,m,u),T=f(()=>{let{value:e}=n,{common:{cubicBezierEaseInOut:t},self:{buttonBorderColor:r,buttonBorderColorActive:i,buttonBorderRadius:a,buttonBoxShadow:o,buttonBoxShadowFocus:s,buttonBoxShadowHover:c,buttonColor:l,buttonColorActive:u,buttonTextColor:d,buttonTextColorActive:f,buttonTextColorHover:p,opacityDisabled:m,[O(`buttonHeight`,e)]:g,[O(`fontSize`,e)]:_}}=h.value;return{"--n-font-size":_,"--n-bezier":t,"--n-button-border-color":r,"--n-button-border-color-active":i,"--n-button-border-radius":a,"--n-button-box-shadow":o,"--n-button-box-shadow-focus":s,"--n-button-box-shadow-hover":c,"--n-button-color":l,"--n-button-color-active":u,"--n-button-text-color":d,"--n-button-text-color-hover":p,"--n-button-text-color-active":f,"--n-height":g,"--n-opacity-disabled":m}}),E=d?D(`radio-group`,f(()=>n.value[0]),T,e):void 0;return{selfElRef:t,rtlEnabled:w,mergedClsPrefix:u,mergedValue:v,handleFocusout:S,handleFocusin:b,cssVars:d?void 0:T,themeClass:E?.themeClass,onRender:E?.onRender}},render(){let{mergedValue:e,mergedClsPrefix:t,handleFocusin:r,handleFocusout:i}=this,{options:a,labelField:o,valueField:c}=this.$props,{children:l,isButtonGroup:u}=we(a?a.map(e=>{let t=e[c];return n(),s(G,{key:typeof t==`boolean`?`__n_${t}`:t,value:t,disabled:e.disabled,label:e[o]},null,8,[`value`,`disabled`,`label`])}):le(K(this)),e,t);return this.onRender?.(),n(),m(`div`,{onFocusin:r,onFocusout:i,ref:`selfElRef`,class:E([`${t}-radio-group`,this.rtlEnabled&&`${t}-radio-group--rtl`,this.themeClass,u&&`${t}-radio-group--button-group`]),style:_(this.cssVars)},[y(()=>l)],46,Ce)}});function De(e){let{opacityDisabled:t,heightTiny:n,heightSmall:r,heightMedium:i,heightLarge:a,heightHuge:o,primaryColor:s,fontSize:c}=e;return{fontSize:c,textColor:s,sizeTiny:n,sizeSmall:r,sizeMedium:i,sizeLarge:a,sizeHuge:o,color:s,opacitySpinning:t}}var Oe={name:`Spin`,common:k,self:De},ke=S([S(`@keyframes spin-rotate`,`
 from {
 transform: rotate(0);
 }
 to {
 transform: rotate(360deg);
 }
 `),b(`spin-container`,`
 position: relative;
 `,[b(`spin-body`,`
 position: absolute;
 top: 50%;
 left: 50%;
 transform: translateX(-50%) translateY(-50%);
 `,[ce()])]),b(`spin-body`,`
 display: inline-flex;
 align-items: center;
 justify-content: center;
 flex-direction: column;
 `),b(`spin`,`
 display: inline-flex;
 height: var(--n-size);
 width: var(--n-size);
 font-size: var(--n-size);
 color: var(--n-color);
 `,[v(`rotate`,`
 animation: spin-rotate 2s linear infinite;
 `)]),b(`spin-description`,`
 display: inline-block;
 font-size: var(--n-font-size);
 color: var(--n-text-color);
 transition: color .3s var(--n-bezier);
 margin-top: 8px;
 `),b(`spin-content`,`
 opacity: 1;
 transition: opacity .3s var(--n-bezier);
 pointer-events: all;
 `,[v(`spinning`,`
 user-select: none;
 -webkit-user-select: none;
 pointer-events: none;
 opacity: var(--n-opacity-spinning);
 `)])]),Ae={small:20,medium:18,large:16},je={...P.props,contentClass:String,contentStyle:[Object,String],description:String,size:{type:[String,Number],default:`medium`},show:{type:Boolean,default:!0},rotate:{type:Boolean,default:!0},spinning:{type:Boolean,validator:()=>!0,default:void 0},delay:Number,...ne,strokeWidth:Number},q=g({name:`Spin`,props:je,slots:Object,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n}=C(e),r=P(`Spin`,`-spin`,ke,Oe,e,t),a=f(()=>{let{size:t}=e,{common:{cubicBezierEaseInOut:n},self:i}=r.value,{opacitySpinning:a,color:o,textColor:s}=i;return{"--n-bezier":n,"--n-opacity-spinning":a,"--n-size":typeof t==`number`?ue(t):i[O(`size`,t)],"--n-color":o,"--n-text-color":s}}),s=n?D(`spin`,f(()=>{let{size:t}=e;return typeof t==`number`?String(t):t[0]}),a,e):void 0,c=fe(e,[`spinning`,`show`]),l=i(!1);return o(t=>{let n;if(c.value){let{delay:r}=e;if(r){n=window.setTimeout(()=>{l.value=!0},r),t(()=>{clearTimeout(n)});return}}l.value=c.value}),{mergedClsPrefix:t,active:l,mergedStrokeWidth:f(()=>{let{strokeWidth:t}=e;if(t!==void 0)return t;let{size:n}=e;return Ae[typeof n==`number`?`medium`:n]}),cssVars:n?void 0:a,themeClass:s?.themeClass,onRender:s?.onRender}},render(){let{$slots:e,mergedClsPrefix:t,description:r}=this,i=e.icon&&this.rotate,a=(r||e.description)&&(n(),m(`div`,{class:E(`${t}-spin-description`)},[y(()=>r||e.description?.())],2)),o=e.icon?(n(),m(`div`,{key:1,class:E([`${t}-spin-body`,this.themeClass])},[h(`div`,{class:E([`${t}-spin`,i&&`${t}-spin--rotate`]),style:_(e.default?``:this.cssVars)},[y(()=>e.icon())],6),y(()=>a)],2)):(n(),m(`div`,{key:2,class:E([`${t}-spin-body`,this.themeClass])},[(n(),s(ie,{clsPrefix:t,style:_(e.default?``:this.cssVars),stroke:this.stroke,"stroke-width":this.mergedStrokeWidth,radius:this.radius,scale:this.scale,class:E(`${t}-spin`)},null,8,[`clsPrefix`,`style`,`stroke`,`stroke-width`,`radius`,`scale`,`class`])),y(()=>a)],2));return this.onRender?.(),e.default?(n(),m(`div`,{key:3,class:E([`${t}-spin-container`,this.themeClass]),style:_(this.cssVars)},[h(`div`,{class:E([`${t}-spin-content`,this.active&&`${t}-spin-content--spinning`,this.contentClass]),style:_(this.contentStyle)},[y(()=>e.default?.())],6),c(ee,{name:`fade-in-transition`},{default:()=>this.active?o:null},1024)],6)):o}}),J=`—`;function Y(e,t=``){let n=Math.abs(e),r=[[0xe8d4a51000,`T`],[1e9,`B`],[1e6,`M`],[1e3,`K`]];for(let i=0;i<r.length;i++){let[a,o]=r[i];if(n>=a){let n=(e/a).toFixed(1);return Math.abs(Number(n))>=1e3&&i>0?n=(e/r[i-1][0]).toFixed(1)+r[i-1][1]:n+=o,t+n.replace(/\.0(?=[A-Z])/,``)}}return t+String(e)}function X(e){if(e==null||e===``)return null;let t=typeof e==`number`?e:Number(e);return Number.isFinite(t)?t:null}function Me(e){let t=X(e);if(t===null)return J;let n=t<0?`-`:``,r=Math.abs(t);if(r===0)return`$0.00`;if(r>=1e3)return n+Y(r,`$`);if(r>=.01)return`${n}$${r.toFixed(2)}`;let i=Math.min(Math.max(2,2-Math.floor(Math.log10(r))),12),a=r.toFixed(i).replace(/0+$/,``).replace(/\.$/,``);return`${n}$${a===`0`?r.toExponential(2):a}`}function Ne(e){return e==null||e===``?J:`$${e} USD`}function Pe(e){let t=X(e);return t===null?J:Y(Math.round(t))}function Fe(e){let t=X(e);return t===null?J:t.toLocaleString(`en-US`)}function Z(e){return e===0||e===100?`${e}%`:Math.abs(e)<.1?`${e.toFixed(2)}%`:`${e.toFixed(1)}%`}function Q(e){let t=X(e);return t===null?J:Z(t*100)}function Ie(e){let t=X(e);return t===null?J:Z(t)}function Le(e){let t=X(e);return t===null?J:Math.abs(t)<1e3?`${Math.round(t)} ms`:Math.abs(t)<6e4?`${(t/1e3).toFixed(2)} s`:`${(t/6e4).toFixed(1)} min`}var $=e=>String(e).padStart(2,`0`);function Re(e){if(!e)return J;let t=new Date(e);return Number.isNaN(t.getTime())?e:`${t.getFullYear()}-${$(t.getMonth()+1)}-${$(t.getDate())} ${$(t.getHours())}:${$(t.getMinutes())}:${$(t.getSeconds())}`}function ze(e){if(!e)return J;let t=new Date(e);return Number.isNaN(t.getTime())?e:`${t.getFullYear()}-${$(t.getMonth()+1)}-${$(t.getDate())}`}function Be(e){return e&&e.charAt(0).toUpperCase()+e.slice(1)}var Ve={key:0,class:`center`,"data-state":`error`},He={key:1,class:`center`,"data-state":`loading`},Ue={key:2,class:`center`,"data-state":`empty`},We=de(g({__name:`DataState`,props:{loading:{type:Boolean},error:{},empty:{type:Boolean,default:!1},emptyText:{default:`No data yet`},status:{default:null},minHeight:{default:160}},emits:[`retry`],setup(r){return(i,a)=>(n(),m(`div`,{class:`data-state`,style:_({minHeight:`${r.minHeight}px`})},[r.error?(n(),m(`div`,Ve,[c(d(se),{size:`small`,status:`warning`,title:r.status===404?`Not available yet`:`Could not load`,description:r.error},{footer:t(()=>[c(d(ae),{size:`small`,onClick:a[0]||=e=>i.$emit(`retry`)},{default:t(()=>[...a[1]||=[l(`Retry`,-1)]]),_:1})]),_:1},8,[`title`,`description`])])):r.loading&&r.empty?(n(),m(`div`,He,[c(d(q),{size:`medium`})])):r.empty?(n(),m(`div`,Ue,[c(d(B),{description:r.emptyText},null,8,[`description`])])):(n(),s(d(q),{key:3,show:r.loading,delay:300},{default:t(()=>[e(i.$slots,`default`,{},void 0,!0)]),_:3},8,[`show`]))],4))}}),[[`__scopeId`,`data-v-415e444d`]]);export{W as _,Me as a,R as b,Ie as c,Be as d,q as f,H as g,G as h,ze as i,Q as l,K as m,Pe as n,Ne as o,Ee as p,Fe as r,Le as s,We as t,Re as u,V as v,B as y};