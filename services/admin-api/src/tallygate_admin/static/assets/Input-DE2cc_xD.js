import{$ as e,A as t,N as n,P as r,S as i,T as a,U as o,W as s,d as c,g as l,i as u,l as d,p as f,rt as p,u as m,v as h,w as g,xt as _,y as ee}from"./runtime-core.esm-bundler-DolcaMW8.js";import{A as v,At as y,C as b,Ct as x,D as S,F as C,Ft as w,H as T,M as E,Mt as D,N as te,Nt as O,P as k,Pt as A,R as j,T as M,U as ne,X as N,a as re,at as P,b as ie,f as ae,it as F,j as I,k as oe,kt as L,l as R,q as se,s as z,u as B,v as ce,w as V,xt as H,z as U}from"./Button-b-t6E8qV.js";import{A as le,C as W,S as G,T as K,g as q,m as ue,w as de,x as fe}from"./api-2UHzveea.js";var pe=/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/,me=/^\w*$/;function he(e,t){if(H(e))return!1;var n=typeof e;return n==`number`||n==`symbol`||n==`boolean`||e==null||x(e)?!0:me.test(e)||!pe.test(e)||t!=null&&e in Object(t)}var ge=`Expected a function`;function J(e,t){if(typeof e!=`function`||t!=null&&typeof t!=`function`)throw TypeError(ge);var n=function(){var r=arguments,i=t?t.apply(this,r):r[0],a=n.cache;if(a.has(i))return a.get(i);var o=e.apply(this,r);return n.cache=a.set(i,o)||a,o};return n.cache=new(J.Cache||P),n}J.Cache=P;var Y=500;function _e(e){var t=J(e,function(e){return n.size===Y&&n.clear(),e}),n=t.cache;return t}var ve=/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g,ye=/\\(\\)?/g,be=_e(function(e){var t=[];return e.charCodeAt(0)===46&&t.push(``),e.replace(ve,function(e,n,r,i){t.push(r?i.replace(ye,`$1`):n||e)}),t});function xe(e,t){return H(e)?e:he(e,t)?[e]:be(F(e))}var Se=1/0;function Ce(e){if(typeof e==`string`||x(e))return e;var t=e+``;return t==`0`&&1/e==-Se?`-0`:t}function we(e,t){t=xe(t,e);for(var n=0,r=t.length;e!=null&&n<r;)e=e[Ce(t[n++])];return n&&n==r?e:void 0}function Te(e,t,n){var r=e==null?void 0:we(e,t);return r===void 0?n:r}var Ee={paddingTiny:`0 8px`,paddingSmall:`0 10px`,paddingMedium:`0 12px`,paddingLarge:`0 14px`,clearSize:`16px`},De=h({name:`Eye`,render(){return(()=>{let e=j(`ae479a1970012861`);return e[0]||=m(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[m(`path`,{d:`M255.66 112c-77.94 0-157.89 45.11-220.83 135.33a16 16 0 0 0-.27 17.77C82.92 340.8 161.8 400 255.66 400c92.84 0 173.34-59.38 221.79-135.25a16.14 16.14 0 0 0 0-17.47C428.89 172.28 347.8 112 255.66 112z`,fill:`none`,stroke:`currentColor`,"stroke-linecap":`round`,"stroke-linejoin":`round`,"stroke-width":`32`}),m(`circle`,{cx:`256`,cy:`256`,r:`80`,fill:`none`,stroke:`currentColor`,"stroke-miterlimit":`10`,"stroke-width":`32`})],-1)})()}}),Oe=h({name:`EyeOff`,render(){return(()=>{let e=j(`2c06203b450ce879`);return e[0]||=m(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[m(`path`,{d:`M432 448a15.92 15.92 0 0 1-11.31-4.69l-352-352a16 16 0 0 1 22.62-22.62l352 352A16 16 0 0 1 432 448z`,fill:`currentColor`}),m(`path`,{d:`M255.66 384c-41.49 0-81.5-12.28-118.92-36.5c-34.07-22-64.74-53.51-88.7-91v-.08c19.94-28.57 41.78-52.73 65.24-72.21a2 2 0 0 0 .14-2.94L93.5 161.38a2 2 0 0 0-2.71-.12c-24.92 21-48.05 46.76-69.08 76.92a31.92 31.92 0 0 0-.64 35.54c26.41 41.33 60.4 76.14 98.28 100.65C162 402 207.9 416 255.66 416a239.13 239.13 0 0 0 75.8-12.58a2 2 0 0 0 .77-3.31l-21.58-21.58a4 4 0 0 0-3.83-1a204.8 204.8 0 0 1-51.16 6.47z`,fill:`currentColor`}),m(`path`,{d:`M490.84 238.6c-26.46-40.92-60.79-75.68-99.27-100.53C349 110.55 302 96 255.66 96a227.34 227.34 0 0 0-74.89 12.83a2 2 0 0 0-.75 3.31l21.55 21.55a4 4 0 0 0 3.88 1a192.82 192.82 0 0 1 50.21-6.69c40.69 0 80.58 12.43 118.55 37c34.71 22.4 65.74 53.88 89.76 91a.13.13 0 0 1 0 .16a310.72 310.72 0 0 1-64.12 72.73a2 2 0 0 0-.15 2.95l19.9 19.89a2 2 0 0 0 2.7.13a343.49 343.49 0 0 0 68.64-78.48a32.2 32.2 0 0 0-.1-34.78z`,fill:`currentColor`}),m(`path`,{d:`M256 160a95.88 95.88 0 0 0-21.37 2.4a2 2 0 0 0-1 3.38l112.59 112.56a2 2 0 0 0 3.38-1A96 96 0 0 0 256 160z`,fill:`currentColor`}),m(`path`,{d:`M165.78 233.66a2 2 0 0 0-3.38 1a96 96 0 0 0 115 115a2 2 0 0 0 1-3.38z`,fill:`currentColor`})],-1)})()}}),X=ce(`clear`,()=>(()=>{let e=j(`c93f8499adf26ca3`);return e[0]||=m(`svg`,{viewBox:`0 0 16 16`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[m(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[m(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[m(`path`,{d:`M8,2 C11.3137085,2 14,4.6862915 14,8 C14,11.3137085 11.3137085,14 8,14 C4.6862915,14 2,11.3137085 2,8 C2,4.6862915 4.6862915,2 8,2 Z M6.5343055,5.83859116 C6.33943736,5.70359511 6.07001296,5.72288026 5.89644661,5.89644661 L5.89644661,5.89644661 L5.83859116,5.9656945 C5.70359511,6.16056264 5.72288026,6.42998704 5.89644661,6.60355339 L5.89644661,6.60355339 L7.293,8 L5.89644661,9.39644661 L5.83859116,9.4656945 C5.70359511,9.66056264 5.72288026,9.92998704 5.89644661,10.1035534 L5.89644661,10.1035534 L5.9656945,10.1614088 C6.16056264,10.2964049 6.42998704,10.2771197 6.60355339,10.1035534 L6.60355339,10.1035534 L8,8.707 L9.39644661,10.1035534 L9.4656945,10.1614088 C9.66056264,10.2964049 9.92998704,10.2771197 10.1035534,10.1035534 L10.1035534,10.1035534 L10.1614088,10.0343055 C10.2964049,9.83943736 10.2771197,9.57001296 10.1035534,9.39644661 L10.1035534,9.39644661 L8.707,8 L10.1035534,6.60355339 L10.1614088,6.5343055 C10.2964049,6.33943736 10.2771197,6.07001296 10.1035534,5.89644661 L10.1035534,5.89644661 L10.0343055,5.83859116 C9.83943736,5.70359511 9.57001296,5.72288026 9.39644661,5.89644661 L9.39644661,5.89644661 L8,7.293 L6.60355339,5.89644661 Z`})])])],-1)})()),ke=y(`base-clear`,`
 flex-shrink: 0;
 height: 1em;
 width: 1em;
 position: relative;
`,[L(`>`,[D(`clear`,`
 font-size: var(--n-clear-size);
 height: 1em;
 width: 1em;
 cursor: pointer;
 color: var(--n-clear-color);
 transition: color .3s var(--n-bezier);
 display: flex;
 `,[L(`&:hover`,`
 color: var(--n-clear-color-hover)!important;
 `),L(`&:active`,`
 color: var(--n-clear-color-pressed)!important;
 `)]),D(`placeholder`,`
 display: flex;
 `),D(`clear, placeholder`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 `,[R({originalTransform:`translateX(-50%) translateY(-50%)`,left:`50%`,top:`50%`})])])]),Ae=[`onClick`,`onMousedown`],Z=h({name:`BaseClear`,props:{clsPrefix:{type:String,required:!0},show:Boolean,onClear:Function},setup(e){return ne(`-base-clear`,ke,p(e,`clsPrefix`)),{handleMouseDown(e){e.preventDefault()}}},render(){let{clsPrefix:e}=this;return n(),f(`div`,{class:U(`${e}-base-clear`)},[l(B,null,{default:()=>this.show?(n(),f(`div`,{key:`dismiss`,class:U(`${e}-base-clear__clear`),onClick:this.onClear,onMousedown:this.handleMouseDown,"data-clear":!0},[T(()=>b(this.$slots.icon,()=>[(n(),c(v,{clsPrefix:e},{default:()=>(n(),c(X))},1032,[`clsPrefix`]))]))],42,Ae)):(n(),f(`div`,{key:`icon`,class:U(`${e}-base-clear__placeholder`)},[T(()=>this.$slots.placeholder?.())],2))},1024)],2)}}),je=h({name:`ChevronDown`,render(){return(()=>{let e=j(`ae90ecf811a811ac`);return e[0]||=m(`svg`,{viewBox:`0 0 16 16`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[m(`path`,{d:`M3.14645 5.64645C3.34171 5.45118 3.65829 5.45118 3.85355 5.64645L8 9.79289L12.1464 5.64645C12.3417 5.45118 12.6583 5.45118 12.8536 5.64645C13.0488 5.84171 13.0488 6.15829 12.8536 6.35355L8.35355 10.8536C8.15829 11.0488 7.84171 11.0488 7.64645 10.8536L3.14645 6.35355C2.95118 6.15829 2.95118 5.84171 3.14645 5.64645Z`,fill:`currentColor`})],-1)})()}}),Me=h({name:`InternalSelectionSuffix`,props:{clsPrefix:{type:String,required:!0},showArrow:{type:Boolean,default:void 0},showClear:{type:Boolean,default:void 0},loading:Boolean,onClear:Function},setup(e,{slots:t}){return()=>{let{clsPrefix:r}=e;return n(),c(z,{clsPrefix:r,class:U(`${r}-base-suffix`),strokeWidth:24,scale:.85,show:e.loading},{default:()=>e.showArrow?(n(),c(Z,{key:1,clsPrefix:r,show:e.showClear,onClear:e.onClear},{placeholder:()=>(n(),c(v,{clsPrefix:r,class:U(`${r}-base-suffix__arrow`)},{default:()=>b(t.default,()=>[(n(),c(je))])},1032,[`clsPrefix`,`class`]))},1032,[`clsPrefix`,`show`,`onClear`])):null},1032,[`clsPrefix`,`class`,`show`])}}});function Q(e){let{textColor2:t,textColor3:n,textColorDisabled:r,primaryColor:i,primaryColorHover:a,inputColor:o,inputColorDisabled:s,borderColor:c,warningColor:l,warningColorHover:u,errorColor:d,errorColorHover:f,borderRadius:p,lineHeight:m,fontSizeTiny:h,fontSizeSmall:g,fontSizeMedium:_,fontSizeLarge:ee,heightTiny:v,heightSmall:y,heightMedium:b,heightLarge:x,actionColor:S,clearColor:w,clearColorHover:T,clearColorPressed:E,placeholderColor:D,placeholderColorDisabled:te,iconColor:O,iconColorDisabled:k,iconColorHover:A,iconColorPressed:j,fontWeight:M}=e;return{...Ee,fontWeight:M,countTextColorDisabled:r,countTextColor:n,heightTiny:v,heightSmall:y,heightMedium:b,heightLarge:x,fontSizeTiny:h,fontSizeSmall:g,fontSizeMedium:_,fontSizeLarge:ee,lineHeight:m,lineHeightTextarea:m,borderRadius:p,iconSize:`16px`,groupLabelColor:S,groupLabelTextColor:t,textColor:t,textColorDisabled:r,textDecorationColor:t,caretColor:i,placeholderColor:D,placeholderColorDisabled:te,color:o,colorHover:o,colorDisabled:s,colorFocus:o,groupLabelBorder:`1px solid ${c}`,border:`1px solid ${c}`,borderHover:`1px solid ${a}`,borderDisabled:`1px solid ${c}`,borderFocus:`1px solid ${a}`,boxShadowFocus:`0 0 0 2px ${C(i,{alpha:.2})}`,loadingColor:i,loadingColorWarning:l,borderWarning:`1px solid ${l}`,borderHoverWarning:`1px solid ${u}`,colorFocusWarning:o,borderFocusWarning:`1px solid ${u}`,boxShadowFocusWarning:`0 0 0 2px ${C(l,{alpha:.2})}`,caretColorWarning:l,loadingColorError:d,borderError:`1px solid ${d}`,borderHoverError:`1px solid ${f}`,colorFocusError:o,borderFocusError:`1px solid ${f}`,boxShadowFocusError:`0 0 0 2px ${C(d,{alpha:.2})}`,caretColorError:d,clearColor:w,clearColorHover:T,clearColorPressed:E,iconColor:O,iconColorDisabled:k,iconColorHover:A,iconColorPressed:j,suffixTextColor:t}}var Ne=I({name:`Input`,common:k,peers:{Scrollbar:K},self:Q}),Pe=N(`n-input`),Fe=y(`input`,`
 max-width: 100%;
 cursor: text;
 line-height: 1.5;
 z-index: auto;
 outline: none;
 box-sizing: border-box;
 position: relative;
 display: inline-flex;
 border-radius: var(--n-border-radius);
 background-color: var(--n-color);
 transition: background-color .3s var(--n-bezier);
 font-size: var(--n-font-size);
 font-weight: var(--n-font-weight);
 --n-padding-vertical: calc((var(--n-height) - 1.5 * var(--n-font-size)) / 2);
`,[D(`input, textarea`,`
 overflow: hidden;
 flex-grow: 1;
 position: relative;
 `),D(`input-el, textarea-el, input-mirror, textarea-mirror, separator, placeholder`,`
 box-sizing: border-box;
 font-size: inherit;
 line-height: 1.5;
 font-family: inherit;
 border: none;
 outline: none;
 background-color: #0000;
 text-align: inherit;
 transition:
 -webkit-text-fill-color .3s var(--n-bezier),
 caret-color .3s var(--n-bezier),
 color .3s var(--n-bezier),
 text-decoration-color .3s var(--n-bezier);
 `),D(`input-el, textarea-el`,`
 -webkit-appearance: none;
 scrollbar-width: none;
 width: 100%;
 min-width: 0;
 text-decoration-color: var(--n-text-decoration-color);
 color: var(--n-text-color);
 caret-color: var(--n-caret-color);
 background-color: transparent;
 `,[L(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
 width: 0;
 height: 0;
 display: none;
 `),L(`&::placeholder`,`
 color: #0000;
 -webkit-text-fill-color: transparent !important;
 `),L(`&:-webkit-autofill ~`,[D(`placeholder`,`display: none;`)])]),O(`round`,[A(`textarea`,`border-radius: calc(var(--n-height) / 2);`)]),D(`placeholder`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 overflow: hidden;
 color: var(--n-placeholder-color);
 `,[L(`span`,`
 width: 100%;
 display: inline-block;
 `)]),O(`textarea`,[D(`placeholder`,`overflow: visible;`)]),A(`autosize`,`width: 100%;`),O(`autosize`,[D(`textarea-el, input-el`,`
 position: absolute;
 top: 0;
 left: 0;
 height: 100%;
 `)]),y(`input-wrapper`,`
 overflow: hidden;
 display: inline-flex;
 flex-grow: 1;
 position: relative;
 padding-left: var(--n-padding-left);
 padding-right: var(--n-padding-right);
 `),D(`input-mirror`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre;
 pointer-events: none;
 `),D(`input-el`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[L(`&[type=password]::-ms-reveal`,`display: none;`),L(`+`,[D(`placeholder`,`
 display: flex;
 align-items: center; 
 `)])]),A(`textarea`,[D(`placeholder`,`white-space: nowrap;`)]),D(`eye`,`
 display: flex;
 align-items: center;
 justify-content: center;
 transition: color .3s var(--n-bezier);
 `),O(`textarea`,`width: 100%;`,[y(`input-word-count`,`
 position: absolute;
 right: var(--n-padding-right);
 bottom: var(--n-padding-vertical);
 `),O(`resizable`,[y(`input-wrapper`,`
 resize: vertical;
 min-height: var(--n-height);
 `)]),D(`textarea-el, textarea-mirror, placeholder`,`
 height: 100%;
 padding-left: 0;
 padding-right: 0;
 padding-top: var(--n-padding-vertical);
 padding-bottom: var(--n-padding-vertical);
 word-break: break-word;
 display: inline-block;
 vertical-align: bottom;
 box-sizing: border-box;
 line-height: var(--n-line-height-textarea);
 margin: 0;
 resize: none;
 white-space: pre-wrap;
 scroll-padding-block-end: var(--n-padding-vertical);
 `),D(`textarea-mirror`,`
 width: 100%;
 pointer-events: none;
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre-wrap;
 overflow-wrap: break-word;
 `)]),O(`pair`,[D(`input-el, placeholder`,`text-align: center;`),D(`separator`,`
 display: flex;
 align-items: center;
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 white-space: nowrap;
 `,[y(`icon`,`
 color: var(--n-icon-color);
 `),y(`base-icon`,`
 color: var(--n-icon-color);
 `)])]),O(`disabled`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[D(`border`,`border: var(--n-border-disabled);`),D(`input-el, textarea-el`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 text-decoration-color: var(--n-text-color-disabled);
 `),D(`placeholder`,`color: var(--n-placeholder-color-disabled);`),D(`separator`,`color: var(--n-text-color-disabled);`,[y(`icon`,`
 color: var(--n-icon-color-disabled);
 `),y(`base-icon`,`
 color: var(--n-icon-color-disabled);
 `)]),y(`input-word-count`,`
 color: var(--n-count-text-color-disabled);
 `),D(`suffix, prefix`,`color: var(--n-text-color-disabled);`,[y(`icon`,`
 color: var(--n-icon-color-disabled);
 `),y(`internal-icon`,`
 color: var(--n-icon-color-disabled);
 `)])]),A(`disabled`,[D(`eye`,`
 color: var(--n-icon-color);
 cursor: pointer;
 `,[L(`&:hover`,`
 color: var(--n-icon-color-hover);
 `),L(`&:active`,`
 color: var(--n-icon-color-pressed);
 `)]),L(`&:hover`,`background-color: var(--n-color-hover);`,[D(`state-border`,`border: var(--n-border-hover);`)]),O(`focus`,`background-color: var(--n-color-focus);`,[D(`state-border`,`
 border: var(--n-border-focus);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),D(`border, state-border`,`
 box-sizing: border-box;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 pointer-events: none;
 border-radius: inherit;
 border: var(--n-border);
 transition:
 box-shadow .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `),D(`state-border`,`
 border-color: #0000;
 z-index: 1;
 `),D(`prefix`,`margin-right: 4px;`),D(`suffix`,`
 margin-left: 4px;
 `),D(`suffix, prefix`,`
 transition: color .3s var(--n-bezier);
 flex-wrap: nowrap;
 flex-shrink: 0;
 line-height: var(--n-height);
 white-space: nowrap;
 display: inline-flex;
 align-items: center;
 justify-content: center;
 color: var(--n-suffix-text-color);
 `,[y(`base-loading`,`
 font-size: var(--n-icon-size);
 margin: 0 2px;
 color: var(--n-loading-color);
 `),y(`base-clear`,`
 font-size: var(--n-icon-size);
 `,[D(`placeholder`,[y(`base-icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)])]),L(`>`,[y(`icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)]),y(`base-icon`,`
 font-size: var(--n-icon-size);
 `)]),y(`input-word-count`,`
 pointer-events: none;
 line-height: 1.5;
 font-size: .85em;
 color: var(--n-count-text-color);
 transition: color .3s var(--n-bezier);
 margin-left: 4px;
 font-variant: tabular-nums;
 `),[`warning`,`error`].map(e=>O(`${e}-status`,[A(`disabled`,[y(`base-loading`,`
 color: var(--n-loading-color-${e})
 `),D(`input-el, textarea-el`,`
 caret-color: var(--n-caret-color-${e});
 `),D(`state-border`,`
 border: var(--n-border-${e});
 `),L(`&:hover`,[D(`state-border`,`
 border: var(--n-border-hover-${e});
 `)]),L(`&:focus`,`
 background-color: var(--n-color-focus-${e});
 `,[D(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)]),O(`focus`,`
 background-color: var(--n-color-focus-${e});
 `,[D(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)])])]))]),Ie=y(`input`,[O(`disabled`,[D(`input-el, textarea-el`,`
 -webkit-text-fill-color: var(--n-text-color-disabled);
 `)])]);function Le(e){let t=0;for(let n of e)t++;return t}function $(e){return e===``||e==null}function Re(t){let n=e(null);function r(){let{value:e}=t;if(!e?.focus){a();return}let{selectionStart:r,selectionEnd:i,value:o}=e;r==null||i==null?a():n.value={start:r,end:i,beforeText:o.slice(0,r),afterText:o.slice(i)}}function i(){let{value:e}=n,{value:r}=t;if(!e||!r)return;let{value:i}=r,{start:a,beforeText:o,afterText:s}=e,c=i.length;if(i.endsWith(s))c=i.length-s.length;else if(i.startsWith(o))c=o.length;else{let e=o[a-1],t=i.indexOf(e,a-1);t!==-1&&(c=t+1)}r.setSelectionRange?.(c,c)}function a(){n.value=null}return o(t,a),{recordCursor:r,restoreCursor:i}}var ze=h({name:`InputWordCount`,setup(e,{slots:t}){let{mergedValueRef:r,maxlengthRef:a,mergedClsPrefixRef:o,countGraphemesRef:s}=i(Pe),c=d(()=>{let{value:e}=r;return e===null||Array.isArray(e)?0:(s.value||Le)(e)});return()=>{let{value:e}=a,{value:i}=r;return n(),f(`span`,{class:U(`${o.value}-input-word-count`)},[T(()=>V(t.default,{value:i===null||Array.isArray(i)?``:i},()=>[e===void 0?c.value:`${c.value} / ${e}`]))],2)}}}),Be=[`autofocus`,`rows`,`placeholder`,`value`,`disabled`,`maxlength`,`minlength`,`readonly`,`tabindex`,`onBlur`,`onFocus`,`onInput`,`onChange`,`onScroll`],Ve=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`autofocus`,`size`,`onBlur`,`onFocus`,`onInput`,`onChange`],He=[`onMousedown`,`onClick`],Ue=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`onBlur`,`onFocus`,`onInput`,`onChange`],We=[`tabindex`,`onFocus`,`onBlur`,`onClick`,`onMousedown`,`onMouseenter`,`onMouseleave`,`onCompositionstart`,`onCompositionend`,`onKeyup`,`onKeydown`],Ge={...E.props,bordered:{type:Boolean,default:void 0},type:{type:String,default:`text`},placeholder:[Array,String],defaultValue:{type:[String,Array],default:null},value:[String,Array],disabled:{type:Boolean,default:void 0},size:String,rows:{type:[Number,String],default:3},round:Boolean,minlength:[String,Number],maxlength:[String,Number],clearable:Boolean,autosize:{type:[Boolean,Object],default:!1},pair:Boolean,separator:String,readonly:{type:[String,Boolean],default:!1},passivelyActivated:Boolean,showPasswordOn:String,stateful:{type:Boolean,default:!0},autofocus:Boolean,inputProps:Object,resizable:{type:Boolean,default:!0},showCount:Boolean,loading:{type:Boolean,default:void 0},allowInput:Function,renderCount:Function,onMousedown:Function,onKeydown:Function,onKeyup:[Function,Array],onInput:[Function,Array],onFocus:[Function,Array],onBlur:[Function,Array],onClick:[Function,Array],onChange:[Function,Array],onClear:[Function,Array],countGraphemes:Function,status:String,"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],textDecoration:[String,Array],attrSize:{type:Number,default:20},onInputBlur:[Function,Array],onInputFocus:[Function,Array],onDeactivate:[Function,Array],onActivate:[Function,Array],onWrapperFocus:[Function,Array],onWrapperBlur:[Function,Array],internalDeactivateOnEnter:Boolean,internalForceFocus:Boolean,internalLoadingBeforeSuffix:{type:Boolean,default:!0},showPasswordToggle:Boolean},Ke=h({name:`Input`,props:Ge,slots:Object,setup(n){let{mergedClsPrefixRef:i,mergedBorderedRef:c,inlineThemeDisabled:l,mergedRtlRef:u,mergedComponentPropsRef:f}=se(n),m=E(`Input`,`-input`,Fe,Ne,n,i);re&&ne(`-input-safari`,Ie,i);let h=e(null),g=e(null),_=e(null),v=e(null),y=e(null),b=e(null),x=e(null),C=Re(x),T=e(null),{localeRef:D}=de(`Input`),O=e(n.defaultValue),k=p(n,`value`),A=fe(k,O),j=ae(n,{mergedSize:e=>{let{size:t}=n;if(t)return t;let{mergedSize:r}=e||{};return r?.value?r.value:f?.value?.Input?.size||`medium`}}),{mergedSizeRef:M,mergedDisabledRef:N,mergedStatusRef:P}=j,F=e(!1),I=e(!1),L=e(!1),R=e(!1),z=null,B=d(()=>{let{placeholder:e,pair:t}=n;return t?Array.isArray(e)?e:e===void 0?[``,``]:[e,e]:e===void 0?[D.value.placeholder]:[e]}),ce=d(()=>{let{value:e}=L,{value:t}=A,{value:n}=B;return!e&&($(t)||Array.isArray(t)&&$(t[0]))&&n[0]}),V=d(()=>{let{value:e}=L,{value:t}=A,{value:n}=B;return!e&&n[1]&&($(t)||Array.isArray(t)&&$(t[1]))}),H=oe(()=>n.internalForceFocus||F.value),U=oe(()=>{if(N.value||n.readonly||!n.clearable||!H.value&&!I.value)return!1;let{value:e}=A,{value:t}=H;return n.pair?!!(Array.isArray(e)&&(e[0]||e[1]))&&(I.value||t):!!e&&(I.value||t)}),K=d(()=>{let{showPasswordOn:e}=n;if(e)return e;if(n.showPasswordToggle)return`click`}),q=e(!1),ue=d(()=>{let{textDecoration:e}=n;return e?Array.isArray(e)?e.map(e=>({textDecoration:e})):[{textDecoration:e}]:[``,``]}),pe=e(void 0),me=()=>{if(n.type===`textarea`){let{autosize:e}=n;if(e&&(pe.value=T.value?.$el?.offsetWidth),!g.value||typeof e==`boolean`)return;let{paddingTop:t,paddingBottom:r,lineHeight:i}=window.getComputedStyle(g.value),a=Number(t.slice(0,-2)),o=Number(r.slice(0,-2)),s=Number(i.slice(0,-2)),{value:c}=_;if(!c)return;if(e.minRows){let t=Math.max(e.minRows,1),n=`${a+o+s*t}px`;c.style.minHeight=n}if(e.maxRows){let t=`${a+o+s*e.maxRows}px`;c.style.maxHeight=t}}},he=d(()=>{let{maxlength:e}=n;return e===void 0?void 0:Number(e)});t(()=>{let{value:e}=A;Array.isArray(e)||rt(e)});let ge=ee().proxy;function J(e,t){let{onUpdateValue:r,"onUpdate:value":i,onInput:a}=n,{nTriggerFormInput:o}=j;r&&S(r,e,t),i&&S(i,e,t),a&&S(a,e,t),O.value=e,o()}function Y(e,t){let{onChange:r}=n,{nTriggerFormChange:i}=j;r&&S(r,e,t),O.value=e,i()}function _e(e){let{onBlur:t}=n,{nTriggerFormBlur:r}=j;t&&S(t,e),r()}function ve(e){let{onFocus:t}=n,{nTriggerFormFocus:r}=j;t&&S(t,e),r()}function ye(e){let{onClear:t}=n;t&&S(t,e)}function be(e){let{onInputBlur:t}=n;t&&S(t,e)}function xe(e){let{onInputFocus:t}=n;t&&S(t,e)}function Se(){let{onDeactivate:e}=n;e&&S(e)}function Ce(){let{onActivate:e}=n;e&&S(e)}function we(e){let{onClick:t}=n;t&&S(t,e)}function Te(e){let{onWrapperFocus:t}=n;t&&S(t,e)}function Ee(e){let{onWrapperBlur:t}=n;t&&S(t,e)}function De(){L.value=!0}function Oe(e){L.value=!1,e.target===b.value?X(e,1):X(e,0)}function X(e,t=0,r=`input`){let i=e.target.value;if(rt(i),e instanceof InputEvent&&!e.isComposing&&(L.value=!1),n.type===`textarea`){let{value:e}=T;e&&e.syncUnifiedContainer()}if(z=i,L.value)return;C.recordCursor();let o=ke(i);if(o){if(!n.pair)r===`input`?J(i,{source:t}):Y(i,{source:t});else{let{value:e}=A;e=Array.isArray(e)?[e[0],e[1]]:[``,``],e[t]=i,r===`input`?J(e,{source:t}):Y(e,{source:t})}}ge.$forceUpdate(),o||a(C.restoreCursor)}function ke(e){let{countGraphemes:t,maxlength:r,minlength:i}=n;if(t){let n;if(r!==void 0&&(n===void 0&&(n=t(e)),n>Number(r))||i!==void 0&&(n===void 0&&(n=t(e)),n<Number(r)))return!1}let{allowInput:a}=n;return typeof a!=`function`||a(e)}function Ae(e){be(e),e.relatedTarget===h.value&&Se(),(e.relatedTarget===null||e.relatedTarget!==y.value&&e.relatedTarget!==b.value&&e.relatedTarget!==g.value)&&(R.value=!1),Q(e,`blur`),x.value=null}function Z(e,t){xe(e),F.value=!0,R.value=!0,Ce(),Q(e,`focus`),t===0?x.value=y.value:t===1?x.value=b.value:t===2&&(x.value=g.value)}function je(e){n.passivelyActivated&&(Ee(e),Q(e,`blur`))}function Me(e){n.passivelyActivated&&(F.value=!0,Te(e),Q(e,`focus`))}function Q(e,t){e.relatedTarget!==null&&(e.relatedTarget===y.value||e.relatedTarget===b.value||e.relatedTarget===g.value||e.relatedTarget===h.value)||(t===`focus`?(ve(e),F.value=!0):t===`blur`&&(_e(e),F.value=!1))}function Le(e,t){X(e,t,`change`)}function ze(e){we(e)}function Be(e){ye(e),Ve()}function Ve(){n.pair?(J([``,``],{source:`clear`}),Y([``,``],{source:`clear`})):(J(``,{source:`clear`}),Y(``,{source:`clear`}))}function He(e){let{onMousedown:t}=n;t&&t(e);let{tagName:r}=e.target;if(r!==`INPUT`&&r!==`TEXTAREA`){if(n.resizable){let{value:t}=h;if(t){let{left:n,top:r,width:i,height:a}=t.getBoundingClientRect();if(n+i-14<e.clientX&&e.clientX<n+i&&r+a-14<e.clientY&&e.clientY<r+a)return}}e.preventDefault(),F.value||Ze()}}function Ue(){I.value=!0,n.type===`textarea`&&T.value?.handleMouseEnterWrapper()}function We(){I.value=!1,n.type===`textarea`&&T.value?.handleMouseLeaveWrapper()}function Ge(){N.value||K.value===`click`&&(q.value=!q.value)}function Ke(e){if(N.value)return;e.preventDefault();let t=e=>{e.preventDefault(),G(`mouseup`,document,t)};if(W(`mouseup`,document,t),K.value!==`mousedown`)return;q.value=!0;let n=()=>{q.value=!1,G(`mouseup`,document,n)};W(`mouseup`,document,n)}function qe(e){n.onKeyup&&S(n.onKeyup,e)}function Je(e){switch(n.onKeydown&&S(n.onKeydown,e),e.key){case`Escape`:Xe();break;case`Enter`:Ye(e)}}function Ye(e){if(n.passivelyActivated){let{value:t}=R;if(t){n.internalDeactivateOnEnter&&Xe();return}e.preventDefault(),n.type===`textarea`?g.value?.focus():y.value?.focus()}}function Xe(){n.passivelyActivated&&(R.value=!1,a(()=>{h.value?.focus()}))}function Ze(){N.value||(n.passivelyActivated?h.value?.focus():(g.value?.focus(),y.value?.focus()))}function Qe(){h.value?.contains(document.activeElement)&&document.activeElement.blur()}function $e(){g.value?.select(),y.value?.select()}function et(){N.value||(g.value?g.value.focus():y.value&&y.value.focus())}function tt(){let{value:e}=h;e?.contains(document.activeElement)&&e!==document.activeElement&&Xe()}function nt(e){if(n.type===`textarea`){let{value:t}=g;t?.scrollTo(e)}else{let{value:t}=y;t?.scrollTo(e)}}function rt(e){let{type:t,pair:r,autosize:i}=n;if(!r&&i){if(t===`textarea`){let{value:t}=_;t&&(t.textContent=`${e??``}\r\n`)}else{let{value:t}=v;t&&(e?t.textContent=e:t.innerHTML=`&nbsp;`)}}}function it(){me()}let at=e({top:`0`});function ot(e){let{scrollTop:t}=e.target;at.value.top=`${-t}px`,T.value?.syncUnifiedContainer()}let st=null;s(()=>{let{autosize:e,type:t}=n;e&&t===`textarea`?st=o(A,e=>{!Array.isArray(e)&&e!==z&&rt(e)}):st?.()});let ct=null;s(()=>{n.type===`textarea`?ct=o(A,e=>{!Array.isArray(e)&&e!==z&&T.value?.syncUnifiedContainer()}):ct?.()}),r(Pe,{mergedValueRef:A,maxlengthRef:he,mergedClsPrefixRef:i,countGraphemesRef:p(n,`countGraphemes`)});let lt={wrapperElRef:h,inputElRef:y,textareaElRef:g,isCompositing:L,clear:Ve,focus:Ze,blur:Qe,select:$e,deactivate:tt,activate:et,scrollTo:nt},ut=ie(`Input`,u,i),dt=d(()=>{let{value:e}=M,{common:{cubicBezierEaseInOut:t},self:{color:n,colorHover:r,borderRadius:i,textColor:a,caretColor:o,caretColorError:s,caretColorWarning:c,textDecorationColor:l,border:u,borderDisabled:d,borderHover:f,borderFocus:p,placeholderColor:h,placeholderColorDisabled:g,lineHeightTextarea:_,colorDisabled:ee,colorFocus:v,textColorDisabled:y,boxShadowFocus:b,iconSize:x,colorFocusWarning:S,boxShadowFocusWarning:C,borderWarning:T,borderFocusWarning:E,borderHoverWarning:D,colorFocusError:te,boxShadowFocusError:O,borderError:k,borderFocusError:A,borderHoverError:j,clearSize:ne,clearColor:N,clearColorHover:re,clearColorPressed:P,iconColor:ie,iconColorDisabled:ae,suffixTextColor:F,countTextColor:I,countTextColorDisabled:oe,iconColorHover:L,iconColorPressed:R,loadingColor:se,loadingColorError:z,loadingColorWarning:B,fontWeight:ce,[w(`padding`,e)]:V,[w(`fontSize`,e)]:H,[w(`height`,e)]:U}}=m.value,{left:W,right:G}=le(V);return{"--n-bezier":t,"--n-count-text-color":I,"--n-count-text-color-disabled":oe,"--n-color":n,"--n-color-hover":r,"--n-font-size":H,"--n-font-weight":ce,"--n-border-radius":i,"--n-height":U,"--n-padding-left":W,"--n-padding-right":G,"--n-text-color":a,"--n-caret-color":o,"--n-text-decoration-color":l,"--n-border":u,"--n-border-disabled":d,"--n-border-hover":f,"--n-border-focus":p,"--n-placeholder-color":h,"--n-placeholder-color-disabled":g,"--n-icon-size":x,"--n-line-height-textarea":_,"--n-color-disabled":ee,"--n-color-focus":v,"--n-text-color-disabled":y,"--n-box-shadow-focus":b,"--n-loading-color":se,"--n-caret-color-warning":c,"--n-color-focus-warning":S,"--n-box-shadow-focus-warning":C,"--n-border-warning":T,"--n-border-focus-warning":E,"--n-border-hover-warning":D,"--n-loading-color-warning":B,"--n-caret-color-error":s,"--n-color-focus-error":te,"--n-box-shadow-focus-error":O,"--n-border-error":k,"--n-border-focus-error":A,"--n-border-hover-error":j,"--n-loading-color-error":z,"--n-clear-color":N,"--n-clear-size":ne,"--n-clear-color-hover":re,"--n-clear-color-pressed":P,"--n-icon-color":ie,"--n-icon-color-hover":L,"--n-icon-color-pressed":R,"--n-icon-color-disabled":ae,"--n-suffix-text-color":F}}),ft=l?te(`input`,d(()=>{let{value:e}=M;return e[0]}),dt,n):void 0;return{...lt,wrapperElRef:h,inputElRef:y,inputMirrorElRef:v,inputEl2Ref:b,textareaElRef:g,textareaMirrorElRef:_,textareaScrollbarInstRef:T,rtlEnabled:ut,uncontrolledValue:O,mergedValue:A,passwordVisible:q,mergedPlaceholder:B,showPlaceholder1:ce,showPlaceholder2:V,mergedFocus:H,isComposing:L,activated:R,showClearButton:U,mergedSize:M,mergedDisabled:N,textDecorationStyle:ue,mergedClsPrefix:i,mergedBordered:c,mergedShowPasswordOn:K,placeholderStyle:at,mergedStatus:P,textAreaScrollContainerWidth:pe,handleTextAreaScroll:ot,handleCompositionStart:De,handleCompositionEnd:Oe,handleInput:X,handleInputBlur:Ae,handleInputFocus:Z,handleWrapperBlur:je,handleWrapperFocus:Me,handleMouseEnter:Ue,handleMouseLeave:We,handleMouseDown:He,handleChange:Le,handleClick:ze,handleClear:Be,handlePasswordToggleClick:Ge,handlePasswordToggleMousedown:Ke,handleWrapperKeydown:Je,handleWrapperKeyup:qe,handleTextAreaMirrorResize:it,getTextareaScrollContainer:()=>g.value,mergedTheme:m,cssVars:l?void 0:dt,themeClass:ft?.themeClass,onRender:ft?.onRender}},render(){let{mergedClsPrefix:e,mergedStatus:t,themeClass:r,type:i,countGraphemes:a,onRender:o}=this,s=this.$slots;return o?.(),n(),f(`div`,{ref:`wrapperElRef`,class:U([`${e}-input`,`${e}-input--${this.mergedSize}-size`,r,t&&`${e}-input--${t}-status`,{[`${e}-input--rtl`]:this.rtlEnabled,[`${e}-input--disabled`]:this.mergedDisabled,[`${e}-input--textarea`]:i===`textarea`,[`${e}-input--resizable`]:this.resizable&&!this.autosize,[`${e}-input--autosize`]:this.autosize,[`${e}-input--round`]:this.round&&i!==`textarea`,[`${e}-input--pair`]:this.pair,[`${e}-input--focus`]:this.mergedFocus,[`${e}-input--stateful`]:this.stateful}]),style:_(this.cssVars),tabindex:!this.mergedDisabled&&this.passivelyActivated&&!this.activated?0:void 0,onFocus:this.handleWrapperFocus,onBlur:this.handleWrapperBlur,onClick:this.handleClick,onMousedown:this.handleMouseDown,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd,onKeyup:this.handleWrapperKeyup,onKeydown:this.handleWrapperKeydown},[m(`div`,{class:U(`${e}-input-wrapper`)},[T(()=>M(s.prefix,t=>t&&(n(),f(`div`,{class:U(`${e}-input__prefix`)},[T(()=>t)],2)))),i===`textarea`?(n(),c(ue,{key:0,ref:`textareaScrollbarInstRef`,class:U(`${e}-input__textarea`),container:this.getTextareaScrollContainer,theme:this.theme?.peers?.Scrollbar,themeOverrides:this.themeOverrides?.peers?.Scrollbar,triggerDisplayManually:!0,useUnifiedContainer:!0,internalHoistYRail:!0},{default:()=>{let{textAreaScrollContainerWidth:t}=this,r={width:this.autosize&&t&&`${t}px`};return n(),f(u,null,[m(`textarea`,g(this.inputProps,{ref:`textareaElRef`,class:[`${e}-input__textarea-el`,this.inputProps?.class],autofocus:this.autofocus,rows:Number(this.rows),placeholder:this.placeholder,value:this.mergedValue,disabled:this.mergedDisabled,maxlength:a?void 0:this.maxlength,minlength:a?void 0:this.minlength,readonly:this.readonly,tabindex:this.passivelyActivated&&!this.activated?-1:void 0,style:[this.textDecorationStyle[0],this.inputProps?.style,r],onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,2)},onInput:this.handleInput,onChange:this.handleChange,onScroll:this.handleTextAreaScroll}),null,16,Be),this.showPlaceholder1?(n(),f(`div`,{class:U(`${e}-input__placeholder`),style:_([this.placeholderStyle,r]),key:`placeholder`},[T(()=>this.mergedPlaceholder[0])],6)):T(()=>null),this.autosize?(n(),c(q,{key:2,onResize:this.handleTextAreaMirrorResize},{default:()=>(n(),f(`div`,{ref:`textareaMirrorElRef`,class:U(`${e}-input__textarea-mirror`),key:`mirror`},null,2))},1032,[`onResize`])):T(()=>null)],64)}},1032,[`class`,`container`,`theme`,`themeOverrides`])):(n(),f(`div`,{key:1,class:U(`${e}-input__input`)},[m(`input`,g({type:i===`password`&&this.mergedShowPasswordOn&&this.passwordVisible?`text`:i},this.inputProps,{ref:`inputElRef`,class:[`${e}-input__input-el`,this.inputProps?.class],style:[this.textDecorationStyle[0],this.inputProps?.style],tabindex:this.passivelyActivated&&!this.activated?-1:this.inputProps?.tabindex,placeholder:this.mergedPlaceholder[0],disabled:this.mergedDisabled,maxlength:a?void 0:this.maxlength,minlength:a?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[0]:this.mergedValue,readonly:this.readonly,autofocus:this.autofocus,size:this.attrSize,onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,0)},onInput:e=>{this.handleInput(e,0)},onChange:e=>{this.handleChange(e,0)}}),null,16,Ve),this.showPlaceholder1?(n(),f(`div`,{key:0,class:U(`${e}-input__placeholder`)},[m(`span`,null,[T(()=>this.mergedPlaceholder[0])])],2)):T(()=>null),this.autosize?(n(),f(`div`,{class:U(`${e}-input__input-mirror`),key:`mirror`,ref:`inputMirrorElRef`},`\xA0`,2)):T(()=>null)],2)),T(()=>!this.pair&&M(s.suffix,t=>t||this.clearable||this.showCount||this.mergedShowPasswordOn||this.loading!==void 0?(n(),f(`div`,{key:1,class:U(`${e}-input__suffix`)},[T(()=>[M(s[`clear-icon-placeholder`],t=>(this.clearable||t)&&(n(),c(Z,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{placeholder:()=>t,icon:()=>this.$slots[`clear-icon`]?.()},1032,[`clsPrefix`,`show`,`onClear`]))),this.internalLoadingBeforeSuffix?null:t,this.loading===void 0?null:(n(),c(Me,{key:2,clsPrefix:e,loading:this.loading,showArrow:!1,showClear:!1,style:_(this.cssVars)},null,8,[`clsPrefix`,`loading`,`style`])),this.internalLoadingBeforeSuffix?t:null,this.showCount&&this.type!==`textarea`?(n(),c(ze,{key:3},{default:e=>{let{renderCount:t}=this;return t?t(e):s.count?.(e)}},1024)):null,this.mergedShowPasswordOn&&this.type===`password`?(n(),f(`div`,{key:4,class:U(`${e}-input__eye`),onMousedown:this.handlePasswordToggleMousedown,onClick:this.handlePasswordToggleClick},[this.passwordVisible?(n(),f(u,{key:0},[T(()=>b(s[`password-visible-icon`],()=>[(n(),c(v,{clsPrefix:e},{default:()=>(n(),c(De))},1032,[`clsPrefix`]))]))],64)):(n(),f(u,{key:1},[T(()=>b(s[`password-invisible-icon`],()=>[(n(),c(v,{clsPrefix:e},{default:()=>(n(),c(Oe))},1032,[`clsPrefix`]))]))],64))],42,He)):null])],2)):null))],2),this.pair?(n(),f(`span`,{key:0,class:U(`${e}-input__separator`)},[T(()=>b(s.separator,()=>[this.separator]))],2)):T(()=>null),this.pair?(n(),f(`div`,{key:2,class:U(`${e}-input-wrapper`)},[m(`div`,{class:U(`${e}-input__input`)},[m(`input`,{ref:`inputEl2Ref`,type:this.type,class:U(`${e}-input__input-el`),tabindex:this.passivelyActivated&&!this.activated?-1:void 0,placeholder:this.mergedPlaceholder[1],disabled:this.mergedDisabled,maxlength:a?void 0:this.maxlength,minlength:a?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[1]:void 0,readonly:this.readonly,style:_(this.textDecorationStyle[1]),onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,1)},onInput:e=>{this.handleInput(e,1)},onChange:e=>{this.handleChange(e,1)}},null,46,Ue),this.showPlaceholder2?(n(),f(`div`,{key:0,class:U(`${e}-input__placeholder`)},[m(`span`,null,[T(()=>this.mergedPlaceholder[1])])],2)):T(()=>null)],2),T(()=>M(s.suffix,t=>(this.clearable||t)&&(n(),f(`div`,{class:U(`${e}-input__suffix`)},[T(()=>[this.clearable&&(n(),c(Z,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{icon:()=>s[`clear-icon`]?.(),placeholder:()=>s[`clear-icon-placeholder`]?.()},1032,[`clsPrefix`,`show`,`onClear`])),t])],2))))],2)):T(()=>null),this.mergedBordered?(n(),f(`div`,{key:4,class:U(`${e}-input__border`)},null,2)):T(()=>null),this.mergedBordered?(n(),f(`div`,{key:6,class:U(`${e}-input__state-border`)},null,2)):T(()=>null),this.showCount&&i===`textarea`?(n(),c(ze,{key:8},{default:e=>{let{renderCount:t}=this;return t?t(e):s.count?.(e)}},1024)):T(()=>null)],46,We)}});export{De as a,Ce as c,je as i,xe as l,Ne as n,Te as o,Me as r,we as s,Ke as t,he as u};