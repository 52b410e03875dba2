import{A as e,At as t,B as n,C as r,Dt as i,E as a,Et as o,G as s,I as c,J as l,L as u,M as d,Mt as f,N as p,O as m,P as h,T as g,V as _,a as v,b as ee,f as y,j as b,jt as x,k as S,kt as C,l as w,s as T,u as E,v as D,w as O}from"./Button-BwbACcSz.js";import{t as k}from"./use-locale-CcDS1Aw2.js";import{A,N as j,P as te,Q as M,S as N,T as ne,U as P,W as re,d as F,g as I,i as L,l as R,nt as z,p as B,u as V,v as H,w as U,y as ie,yt as W}from"./runtime-core.esm-bundler-wPbiH5qB.js";import{F as ae,R as oe,ft as G,gt as se,it as ce,nt as le,rt as ue}from"./index-Vn1Yw5C5.js";var de={paddingTiny:`0 8px`,paddingSmall:`0 10px`,paddingMedium:`0 12px`,paddingLarge:`0 14px`,clearSize:`16px`},K=H({name:`Eye`,render(){return(()=>{let e=c(`ae479a1970012861`);return e[0]||=V(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[V(`path`,{d:`M255.66 112c-77.94 0-157.89 45.11-220.83 135.33a16 16 0 0 0-.27 17.77C82.92 340.8 161.8 400 255.66 400c92.84 0 173.34-59.38 221.79-135.25a16.14 16.14 0 0 0 0-17.47C428.89 172.28 347.8 112 255.66 112z`,fill:`none`,stroke:`currentColor`,"stroke-linecap":`round`,"stroke-linejoin":`round`,"stroke-width":`32`}),V(`circle`,{cx:`256`,cy:`256`,r:`80`,fill:`none`,stroke:`currentColor`,"stroke-miterlimit":`10`,"stroke-width":`32`})],-1)})()}}),q=H({name:`EyeOff`,render(){return(()=>{let e=c(`2c06203b450ce879`);return e[0]||=V(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[V(`path`,{d:`M432 448a15.92 15.92 0 0 1-11.31-4.69l-352-352a16 16 0 0 1 22.62-22.62l352 352A16 16 0 0 1 432 448z`,fill:`currentColor`}),V(`path`,{d:`M255.66 384c-41.49 0-81.5-12.28-118.92-36.5c-34.07-22-64.74-53.51-88.7-91v-.08c19.94-28.57 41.78-52.73 65.24-72.21a2 2 0 0 0 .14-2.94L93.5 161.38a2 2 0 0 0-2.71-.12c-24.92 21-48.05 46.76-69.08 76.92a31.92 31.92 0 0 0-.64 35.54c26.41 41.33 60.4 76.14 98.28 100.65C162 402 207.9 416 255.66 416a239.13 239.13 0 0 0 75.8-12.58a2 2 0 0 0 .77-3.31l-21.58-21.58a4 4 0 0 0-3.83-1a204.8 204.8 0 0 1-51.16 6.47z`,fill:`currentColor`}),V(`path`,{d:`M490.84 238.6c-26.46-40.92-60.79-75.68-99.27-100.53C349 110.55 302 96 255.66 96a227.34 227.34 0 0 0-74.89 12.83a2 2 0 0 0-.75 3.31l21.55 21.55a4 4 0 0 0 3.88 1a192.82 192.82 0 0 1 50.21-6.69c40.69 0 80.58 12.43 118.55 37c34.71 22.4 65.74 53.88 89.76 91a.13.13 0 0 1 0 .16a310.72 310.72 0 0 1-64.12 72.73a2 2 0 0 0-.15 2.95l19.9 19.89a2 2 0 0 0 2.7.13a343.49 343.49 0 0 0 68.64-78.48a32.2 32.2 0 0 0-.1-34.78z`,fill:`currentColor`}),V(`path`,{d:`M256 160a95.88 95.88 0 0 0-21.37 2.4a2 2 0 0 0-1 3.38l112.59 112.56a2 2 0 0 0 3.38-1A96 96 0 0 0 256 160z`,fill:`currentColor`}),V(`path`,{d:`M165.78 233.66a2 2 0 0 0-3.38 1a96 96 0 0 0 115 115a2 2 0 0 0 1-3.38z`,fill:`currentColor`})],-1)})()}}),fe=D(`clear`,()=>(()=>{let e=c(`c93f8499adf26ca3`);return e[0]||=V(`svg`,{viewBox:`0 0 16 16`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[V(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[V(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[V(`path`,{d:`M8,2 C11.3137085,2 14,4.6862915 14,8 C14,11.3137085 11.3137085,14 8,14 C4.6862915,14 2,11.3137085 2,8 C2,4.6862915 4.6862915,2 8,2 Z M6.5343055,5.83859116 C6.33943736,5.70359511 6.07001296,5.72288026 5.89644661,5.89644661 L5.89644661,5.89644661 L5.83859116,5.9656945 C5.70359511,6.16056264 5.72288026,6.42998704 5.89644661,6.60355339 L5.89644661,6.60355339 L7.293,8 L5.89644661,9.39644661 L5.83859116,9.4656945 C5.70359511,9.66056264 5.72288026,9.92998704 5.89644661,10.1035534 L5.89644661,10.1035534 L5.9656945,10.1614088 C6.16056264,10.2964049 6.42998704,10.2771197 6.60355339,10.1035534 L6.60355339,10.1035534 L8,8.707 L9.39644661,10.1035534 L9.4656945,10.1614088 C9.66056264,10.2964049 9.92998704,10.2771197 10.1035534,10.1035534 L10.1035534,10.1035534 L10.1614088,10.0343055 C10.2964049,9.83943736 10.2771197,9.57001296 10.1035534,9.39644661 L10.1035534,9.39644661 L8.707,8 L10.1035534,6.60355339 L10.1614088,6.5343055 C10.2964049,6.33943736 10.2771197,6.07001296 10.1035534,5.89644661 L10.1035534,5.89644661 L10.0343055,5.83859116 C9.83943736,5.70359511 9.57001296,5.72288026 9.39644661,5.89644661 L9.39644661,5.89644661 L8,7.293 L6.60355339,5.89644661 Z`})])])],-1)})()),pe=i(`base-clear`,`
 flex-shrink: 0;
 height: 1em;
 width: 1em;
 position: relative;
`,[o(`>`,[C(`clear`,`
 font-size: var(--n-clear-size);
 height: 1em;
 width: 1em;
 cursor: pointer;
 color: var(--n-clear-color);
 transition: color .3s var(--n-bezier);
 display: flex;
 `,[o(`&:hover`,`
 color: var(--n-clear-color-hover)!important;
 `),o(`&:active`,`
 color: var(--n-clear-color-pressed)!important;
 `)]),C(`placeholder`,`
 display: flex;
 `),C(`clear, placeholder`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 `,[w({originalTransform:`translateX(-50%) translateY(-50%)`,left:`50%`,top:`50%`})])])]),me=[`onClick`,`onMousedown`],J=H({name:`BaseClear`,props:{clsPrefix:{type:String,required:!0},show:Boolean,onClear:Function},setup(e){return _(`-base-clear`,pe,z(e,`clsPrefix`)),{handleMouseDown(e){e.preventDefault()}}},render(){let{clsPrefix:e}=this;return j(),B(`div`,{class:u(`${e}-base-clear`)},[I(E,null,{default:()=>this.show?(j(),B(`div`,{key:`dismiss`,class:u(`${e}-base-clear__clear`),onClick:this.onClear,onMousedown:this.handleMouseDown,"data-clear":!0},[n(()=>r(this.$slots.icon,()=>[(j(),F(S,{clsPrefix:e},{default:()=>(j(),F(fe))},1032,[`clsPrefix`]))]))],42,me)):(j(),B(`div`,{key:`icon`,class:u(`${e}-base-clear__placeholder`)},[n(()=>this.$slots.placeholder?.())],2))},1024)],2)}}),he=H({name:`ChevronDown`,render(){return(()=>{let e=c(`ae90ecf811a811ac`);return e[0]||=V(`svg`,{viewBox:`0 0 16 16`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[V(`path`,{d:`M3.14645 5.64645C3.34171 5.45118 3.65829 5.45118 3.85355 5.64645L8 9.79289L12.1464 5.64645C12.3417 5.45118 12.6583 5.45118 12.8536 5.64645C13.0488 5.84171 13.0488 6.15829 12.8536 6.35355L8.35355 10.8536C8.15829 11.0488 7.84171 11.0488 7.64645 10.8536L3.14645 6.35355C2.95118 6.15829 2.95118 5.84171 3.14645 5.64645Z`,fill:`currentColor`})],-1)})()}}),Y=H({name:`InternalSelectionSuffix`,props:{clsPrefix:{type:String,required:!0},showArrow:{type:Boolean,default:void 0},showClear:{type:Boolean,default:void 0},loading:Boolean,onClear:Function},setup(e,{slots:t}){return()=>{let{clsPrefix:n}=e;return j(),F(T,{clsPrefix:n,class:u(`${n}-base-suffix`),strokeWidth:24,scale:.85,show:e.loading},{default:()=>e.showArrow?(j(),F(J,{key:1,clsPrefix:n,show:e.showClear,onClear:e.onClear},{placeholder:()=>(j(),F(S,{clsPrefix:n,class:u(`${n}-base-suffix__arrow`)},{default:()=>r(t.default,()=>[(j(),F(he))])},1032,[`clsPrefix`,`class`]))},1032,[`clsPrefix`,`show`,`onClear`])):null},1032,[`clsPrefix`,`class`,`show`])}}});function X(e){let{textColor2:t,textColor3:n,textColorDisabled:r,primaryColor:i,primaryColorHover:a,inputColor:o,inputColorDisabled:s,borderColor:c,warningColor:l,warningColorHover:u,errorColor:d,errorColorHover:f,borderRadius:p,lineHeight:m,fontSizeTiny:g,fontSizeSmall:_,fontSizeMedium:v,fontSizeLarge:ee,heightTiny:y,heightSmall:b,heightMedium:x,heightLarge:S,actionColor:C,clearColor:w,clearColorHover:T,clearColorPressed:E,placeholderColor:D,placeholderColorDisabled:O,iconColor:k,iconColorDisabled:A,iconColorHover:j,iconColorPressed:te,fontWeight:M}=e;return{...de,fontWeight:M,countTextColorDisabled:r,countTextColor:n,heightTiny:y,heightSmall:b,heightMedium:x,heightLarge:S,fontSizeTiny:g,fontSizeSmall:_,fontSizeMedium:v,fontSizeLarge:ee,lineHeight:m,lineHeightTextarea:m,borderRadius:p,iconSize:`16px`,groupLabelColor:C,groupLabelTextColor:t,textColor:t,textColorDisabled:r,textDecorationColor:t,caretColor:i,placeholderColor:D,placeholderColorDisabled:O,color:o,colorHover:o,colorDisabled:s,colorFocus:o,groupLabelBorder:`1px solid ${c}`,border:`1px solid ${c}`,borderHover:`1px solid ${a}`,borderDisabled:`1px solid ${c}`,borderFocus:`1px solid ${a}`,boxShadowFocus:`0 0 0 2px ${h(i,{alpha:.2})}`,loadingColor:i,loadingColorWarning:l,borderWarning:`1px solid ${l}`,borderHoverWarning:`1px solid ${u}`,colorFocusWarning:o,borderFocusWarning:`1px solid ${u}`,boxShadowFocusWarning:`0 0 0 2px ${h(l,{alpha:.2})}`,caretColorWarning:l,loadingColorError:d,borderError:`1px solid ${d}`,borderHoverError:`1px solid ${f}`,colorFocusError:o,borderFocusError:`1px solid ${f}`,boxShadowFocusError:`0 0 0 2px ${h(d,{alpha:.2})}`,caretColorError:d,clearColor:w,clearColorHover:T,clearColorPressed:E,iconColor:k,iconColorDisabled:A,iconColorHover:j,iconColorPressed:te,suffixTextColor:t}}var ge=e({name:`Input`,common:p,peers:{Scrollbar:G},self:X}),_e=l(`n-input`),ve=i(`input`,`
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
`,[C(`input, textarea`,`
 overflow: hidden;
 flex-grow: 1;
 position: relative;
 `),C(`input-el, textarea-el, input-mirror, textarea-mirror, separator, placeholder`,`
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
 `),C(`input-el, textarea-el`,`
 -webkit-appearance: none;
 scrollbar-width: none;
 width: 100%;
 min-width: 0;
 text-decoration-color: var(--n-text-decoration-color);
 color: var(--n-text-color);
 caret-color: var(--n-caret-color);
 background-color: transparent;
 `,[o(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
 width: 0;
 height: 0;
 display: none;
 `),o(`&::placeholder`,`
 color: #0000;
 -webkit-text-fill-color: transparent !important;
 `),o(`&:-webkit-autofill ~`,[C(`placeholder`,`display: none;`)])]),t(`round`,[x(`textarea`,`border-radius: calc(var(--n-height) / 2);`)]),C(`placeholder`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 overflow: hidden;
 color: var(--n-placeholder-color);
 `,[o(`span`,`
 width: 100%;
 display: inline-block;
 `)]),t(`textarea`,[C(`placeholder`,`overflow: visible;`)]),x(`autosize`,`width: 100%;`),t(`autosize`,[C(`textarea-el, input-el`,`
 position: absolute;
 top: 0;
 left: 0;
 height: 100%;
 `)]),i(`input-wrapper`,`
 overflow: hidden;
 display: inline-flex;
 flex-grow: 1;
 position: relative;
 padding-left: var(--n-padding-left);
 padding-right: var(--n-padding-right);
 `),C(`input-mirror`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre;
 pointer-events: none;
 `),C(`input-el`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[o(`&[type=password]::-ms-reveal`,`display: none;`),o(`+`,[C(`placeholder`,`
 display: flex;
 align-items: center; 
 `)])]),x(`textarea`,[C(`placeholder`,`white-space: nowrap;`)]),C(`eye`,`
 display: flex;
 align-items: center;
 justify-content: center;
 transition: color .3s var(--n-bezier);
 `),t(`textarea`,`width: 100%;`,[i(`input-word-count`,`
 position: absolute;
 right: var(--n-padding-right);
 bottom: var(--n-padding-vertical);
 `),t(`resizable`,[i(`input-wrapper`,`
 resize: vertical;
 min-height: var(--n-height);
 `)]),C(`textarea-el, textarea-mirror, placeholder`,`
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
 `),C(`textarea-mirror`,`
 width: 100%;
 pointer-events: none;
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre-wrap;
 overflow-wrap: break-word;
 `)]),t(`pair`,[C(`input-el, placeholder`,`text-align: center;`),C(`separator`,`
 display: flex;
 align-items: center;
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 white-space: nowrap;
 `,[i(`icon`,`
 color: var(--n-icon-color);
 `),i(`base-icon`,`
 color: var(--n-icon-color);
 `)])]),t(`disabled`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[C(`border`,`border: var(--n-border-disabled);`),C(`input-el, textarea-el`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 text-decoration-color: var(--n-text-color-disabled);
 `),C(`placeholder`,`color: var(--n-placeholder-color-disabled);`),C(`separator`,`color: var(--n-text-color-disabled);`,[i(`icon`,`
 color: var(--n-icon-color-disabled);
 `),i(`base-icon`,`
 color: var(--n-icon-color-disabled);
 `)]),i(`input-word-count`,`
 color: var(--n-count-text-color-disabled);
 `),C(`suffix, prefix`,`color: var(--n-text-color-disabled);`,[i(`icon`,`
 color: var(--n-icon-color-disabled);
 `),i(`internal-icon`,`
 color: var(--n-icon-color-disabled);
 `)])]),x(`disabled`,[C(`eye`,`
 color: var(--n-icon-color);
 cursor: pointer;
 `,[o(`&:hover`,`
 color: var(--n-icon-color-hover);
 `),o(`&:active`,`
 color: var(--n-icon-color-pressed);
 `)]),o(`&:hover`,`background-color: var(--n-color-hover);`,[C(`state-border`,`border: var(--n-border-hover);`)]),t(`focus`,`background-color: var(--n-color-focus);`,[C(`state-border`,`
 border: var(--n-border-focus);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),C(`border, state-border`,`
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
 `),C(`state-border`,`
 border-color: #0000;
 z-index: 1;
 `),C(`prefix`,`margin-right: 4px;`),C(`suffix`,`
 margin-left: 4px;
 `),C(`suffix, prefix`,`
 transition: color .3s var(--n-bezier);
 flex-wrap: nowrap;
 flex-shrink: 0;
 line-height: var(--n-height);
 white-space: nowrap;
 display: inline-flex;
 align-items: center;
 justify-content: center;
 color: var(--n-suffix-text-color);
 `,[i(`base-loading`,`
 font-size: var(--n-icon-size);
 margin: 0 2px;
 color: var(--n-loading-color);
 `),i(`base-clear`,`
 font-size: var(--n-icon-size);
 `,[C(`placeholder`,[i(`base-icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)])]),o(`>`,[i(`icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)]),i(`base-icon`,`
 font-size: var(--n-icon-size);
 `)]),i(`input-word-count`,`
 pointer-events: none;
 line-height: 1.5;
 font-size: .85em;
 color: var(--n-count-text-color);
 transition: color .3s var(--n-bezier);
 margin-left: 4px;
 font-variant: tabular-nums;
 `),[`warning`,`error`].map(e=>t(`${e}-status`,[x(`disabled`,[i(`base-loading`,`
 color: var(--n-loading-color-${e})
 `),C(`input-el, textarea-el`,`
 caret-color: var(--n-caret-color-${e});
 `),C(`state-border`,`
 border: var(--n-border-${e});
 `),o(`&:hover`,[C(`state-border`,`
 border: var(--n-border-hover-${e});
 `)]),o(`&:focus`,`
 background-color: var(--n-color-focus-${e});
 `,[C(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)]),t(`focus`,`
 background-color: var(--n-color-focus-${e});
 `,[C(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)])])]))]),ye=i(`input`,[t(`disabled`,[C(`input-el, textarea-el`,`
 -webkit-text-fill-color: var(--n-text-color-disabled);
 `)])]);function be(e){let t=0;for(let n of e)t++;return t}function Z(e){return e===``||e==null}function xe(e){let t=M(null);function n(){let{value:n}=e;if(!n?.focus){i();return}let{selectionStart:r,selectionEnd:a,value:o}=n;r==null||a==null?i():t.value={start:r,end:a,beforeText:o.slice(0,r),afterText:o.slice(a)}}function r(){let{value:n}=t,{value:r}=e;if(!n||!r)return;let{value:i}=r,{start:a,beforeText:o,afterText:s}=n,c=i.length;if(i.endsWith(s))c=i.length-s.length;else if(i.startsWith(o))c=o.length;else{let e=o[a-1],t=i.indexOf(e,a-1);t!==-1&&(c=t+1)}r.setSelectionRange?.(c,c)}function i(){t.value=null}return P(e,i),{recordCursor:n,restoreCursor:r}}var Se=H({name:`InputWordCount`,setup(e,{slots:t}){let{mergedValueRef:r,maxlengthRef:i,mergedClsPrefixRef:a,countGraphemesRef:o}=N(_e),s=R(()=>{let{value:e}=r;return e===null||Array.isArray(e)?0:(o.value||be)(e)});return()=>{let{value:e}=i,{value:o}=r;return j(),B(`span`,{class:u(`${a.value}-input-word-count`)},[n(()=>O(t.default,{value:o===null||Array.isArray(o)?``:o},()=>[e===void 0?s.value:`${s.value} / ${e}`]))],2)}}}),Ce=[`autofocus`,`rows`,`placeholder`,`value`,`disabled`,`maxlength`,`minlength`,`readonly`,`tabindex`,`onBlur`,`onFocus`,`onInput`,`onChange`,`onScroll`],we=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`autofocus`,`size`,`onBlur`,`onFocus`,`onInput`,`onChange`],Te=[`onMousedown`,`onClick`],Ee=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`onBlur`,`onFocus`,`onInput`,`onChange`],De=[`tabindex`,`onFocus`,`onBlur`,`onClick`,`onMousedown`,`onMouseenter`,`onMouseleave`,`onCompositionstart`,`onCompositionend`,`onKeyup`,`onKeydown`],Oe={...b.props,bordered:{type:Boolean,default:void 0},type:{type:String,default:`text`},placeholder:[Array,String],defaultValue:{type:[String,Array],default:null},value:[String,Array],disabled:{type:Boolean,default:void 0},size:String,rows:{type:[Number,String],default:3},round:Boolean,minlength:[String,Number],maxlength:[String,Number],clearable:Boolean,autosize:{type:[Boolean,Object],default:!1},pair:Boolean,separator:String,readonly:{type:[String,Boolean],default:!1},passivelyActivated:Boolean,showPasswordOn:String,stateful:{type:Boolean,default:!0},autofocus:Boolean,inputProps:Object,resizable:{type:Boolean,default:!0},showCount:Boolean,loading:{type:Boolean,default:void 0},allowInput:Function,renderCount:Function,onMousedown:Function,onKeydown:Function,onKeyup:[Function,Array],onInput:[Function,Array],onFocus:[Function,Array],onBlur:[Function,Array],onClick:[Function,Array],onChange:[Function,Array],onClear:[Function,Array],countGraphemes:Function,status:String,"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],textDecoration:[String,Array],attrSize:{type:Number,default:20},onInputBlur:[Function,Array],onInputFocus:[Function,Array],onDeactivate:[Function,Array],onActivate:[Function,Array],onWrapperFocus:[Function,Array],onWrapperBlur:[Function,Array],internalDeactivateOnEnter:Boolean,internalForceFocus:Boolean,internalLoadingBeforeSuffix:{type:Boolean,default:!0},showPasswordToggle:Boolean},ke=H({name:`Input`,props:Oe,slots:Object,setup(e){let{mergedClsPrefixRef:t,mergedBorderedRef:n,inlineThemeDisabled:r,mergedRtlRef:i,mergedComponentPropsRef:o}=s(e),c=b(`Input`,`-input`,ve,ge,e,t);v&&_(`-input-safari`,ye,t);let l=M(null),u=M(null),p=M(null),h=M(null),g=M(null),x=M(null),S=M(null),C=xe(S),w=M(null),{localeRef:T}=k(`Input`),E=M(e.defaultValue),D=z(e,`value`),O=le(D,E),j=y(e,{mergedSize:t=>{let{size:n}=e;if(n)return n;let{mergedSize:r}=t||{};return r?.value?r.value:o?.value?.Input?.size||`medium`}}),{mergedSizeRef:N,mergedDisabledRef:F,mergedStatusRef:I}=j,L=M(!1),B=M(!1),V=M(!1),H=M(!1),U=null,W=R(()=>{let{placeholder:t,pair:n}=e;return n?Array.isArray(t)?t:t===void 0?[``,``]:[t,t]:t===void 0?[T.value.placeholder]:[t]}),ae=R(()=>{let{value:e}=V,{value:t}=O,{value:n}=W;return!e&&(Z(t)||Array.isArray(t)&&Z(t[0]))&&n[0]}),oe=R(()=>{let{value:e}=V,{value:t}=O,{value:n}=W;return!e&&n[1]&&(Z(t)||Array.isArray(t)&&Z(t[1]))}),G=m(()=>e.internalForceFocus||L.value),de=m(()=>{if(F.value||e.readonly||!e.clearable||!G.value&&!B.value)return!1;let{value:t}=O,{value:n}=G;return e.pair?!!(Array.isArray(t)&&(t[0]||t[1]))&&(B.value||n):!!t&&(B.value||n)}),K=R(()=>{let{showPasswordOn:t}=e;if(t)return t;if(e.showPasswordToggle)return`click`}),q=M(!1),fe=R(()=>{let{textDecoration:t}=e;return t?Array.isArray(t)?t.map(e=>({textDecoration:e})):[{textDecoration:t}]:[``,``]}),pe=M(void 0),me=()=>{if(e.type===`textarea`){let{autosize:t}=e;if(t&&(pe.value=w.value?.$el?.offsetWidth),!u.value||typeof t==`boolean`)return;let{paddingTop:n,paddingBottom:r,lineHeight:i}=window.getComputedStyle(u.value),a=Number(n.slice(0,-2)),o=Number(r.slice(0,-2)),s=Number(i.slice(0,-2)),{value:c}=p;if(!c)return;if(t.minRows){let e=Math.max(t.minRows,1),n=`${a+o+s*e}px`;c.style.minHeight=n}if(t.maxRows){let e=`${a+o+s*t.maxRows}px`;c.style.maxHeight=e}}},J=R(()=>{let{maxlength:t}=e;return t===void 0?void 0:Number(t)});A(()=>{let{value:e}=O;Array.isArray(e)||rt(e)});let he=ie().proxy;function Y(t,n){let{onUpdateValue:r,"onUpdate:value":i,onInput:o}=e,{nTriggerFormInput:s}=j;r&&a(r,t,n),i&&a(i,t,n),o&&a(o,t,n),E.value=t,s()}function X(t,n){let{onChange:r}=e,{nTriggerFormChange:i}=j;r&&a(r,t,n),E.value=t,i()}function be(t){let{onBlur:n}=e,{nTriggerFormBlur:r}=j;n&&a(n,t),r()}function Se(t){let{onFocus:n}=e,{nTriggerFormFocus:r}=j;n&&a(n,t),r()}function Ce(t){let{onClear:n}=e;n&&a(n,t)}function we(t){let{onInputBlur:n}=e;n&&a(n,t)}function Te(t){let{onInputFocus:n}=e;n&&a(n,t)}function Ee(){let{onDeactivate:t}=e;t&&a(t)}function De(){let{onActivate:t}=e;t&&a(t)}function Oe(t){let{onClick:n}=e;n&&a(n,t)}function ke(t){let{onWrapperFocus:n}=e;n&&a(n,t)}function Ae(t){let{onWrapperBlur:n}=e;n&&a(n,t)}function je(){V.value=!0}function Me(e){V.value=!1,e.target===x.value?Q(e,1):Q(e,0)}function Q(t,n=0,r=`input`){let i=t.target.value;if(rt(i),t instanceof InputEvent&&!t.isComposing&&(V.value=!1),e.type===`textarea`){let{value:e}=w;e&&e.syncUnifiedContainer()}if(U=i,V.value)return;C.recordCursor();let a=Ne(i);if(a){if(!e.pair)r===`input`?Y(i,{source:n}):X(i,{source:n});else{let{value:e}=O;e=Array.isArray(e)?[e[0],e[1]]:[``,``],e[n]=i,r===`input`?Y(e,{source:n}):X(e,{source:n})}}he.$forceUpdate(),a||ne(C.restoreCursor)}function Ne(t){let{countGraphemes:n,maxlength:r,minlength:i}=e;if(n){let e;if(r!==void 0&&(e===void 0&&(e=n(t)),e>Number(r))||i!==void 0&&(e===void 0&&(e=n(t)),e<Number(r)))return!1}let{allowInput:a}=e;return typeof a!=`function`||a(t)}function Pe(e){we(e),e.relatedTarget===l.value&&Ee(),(e.relatedTarget===null||e.relatedTarget!==g.value&&e.relatedTarget!==x.value&&e.relatedTarget!==u.value)&&(H.value=!1),$(e,`blur`),S.value=null}function Fe(e,t){Te(e),L.value=!0,H.value=!0,De(),$(e,`focus`),t===0?S.value=g.value:t===1?S.value=x.value:t===2&&(S.value=u.value)}function Ie(t){e.passivelyActivated&&(Ae(t),$(t,`blur`))}function Le(t){e.passivelyActivated&&(L.value=!0,ke(t),$(t,`focus`))}function $(e,t){e.relatedTarget!==null&&(e.relatedTarget===g.value||e.relatedTarget===x.value||e.relatedTarget===u.value||e.relatedTarget===l.value)||(t===`focus`?(Se(e),L.value=!0):t===`blur`&&(be(e),L.value=!1))}function Re(e,t){Q(e,t,`change`)}function ze(e){Oe(e)}function Be(e){Ce(e),Ve()}function Ve(){e.pair?(Y([``,``],{source:`clear`}),X([``,``],{source:`clear`})):(Y(``,{source:`clear`}),X(``,{source:`clear`}))}function He(t){let{onMousedown:n}=e;n&&n(t);let{tagName:r}=t.target;if(r!==`INPUT`&&r!==`TEXTAREA`){if(e.resizable){let{value:e}=l;if(e){let{left:n,top:r,width:i,height:a}=e.getBoundingClientRect();if(n+i-14<t.clientX&&t.clientX<n+i&&r+a-14<t.clientY&&t.clientY<r+a)return}}t.preventDefault(),L.value||Ze()}}function Ue(){B.value=!0,e.type===`textarea`&&w.value?.handleMouseEnterWrapper()}function We(){B.value=!1,e.type===`textarea`&&w.value?.handleMouseLeaveWrapper()}function Ge(){F.value||K.value===`click`&&(q.value=!q.value)}function Ke(e){if(F.value)return;e.preventDefault();let t=e=>{e.preventDefault(),ue(`mouseup`,document,t)};if(ce(`mouseup`,document,t),K.value!==`mousedown`)return;q.value=!0;let n=()=>{q.value=!1,ue(`mouseup`,document,n)};ce(`mouseup`,document,n)}function qe(t){e.onKeyup&&a(e.onKeyup,t)}function Je(t){switch(e.onKeydown&&a(e.onKeydown,t),t.key){case`Escape`:Xe();break;case`Enter`:Ye(t)}}function Ye(t){if(e.passivelyActivated){let{value:n}=H;if(n){e.internalDeactivateOnEnter&&Xe();return}t.preventDefault(),e.type===`textarea`?u.value?.focus():g.value?.focus()}}function Xe(){e.passivelyActivated&&(H.value=!1,ne(()=>{l.value?.focus()}))}function Ze(){F.value||(e.passivelyActivated?l.value?.focus():(u.value?.focus(),g.value?.focus()))}function Qe(){l.value?.contains(document.activeElement)&&document.activeElement.blur()}function $e(){u.value?.select(),g.value?.select()}function et(){F.value||(u.value?u.value.focus():g.value&&g.value.focus())}function tt(){let{value:e}=l;e?.contains(document.activeElement)&&e!==document.activeElement&&Xe()}function nt(t){if(e.type===`textarea`){let{value:e}=u;e?.scrollTo(t)}else{let{value:e}=g;e?.scrollTo(t)}}function rt(t){let{type:n,pair:r,autosize:i}=e;if(!r&&i){if(n===`textarea`){let{value:e}=p;e&&(e.textContent=`${t??``}\r\n`)}else{let{value:e}=h;e&&(t?e.textContent=t:e.innerHTML=`&nbsp;`)}}}function it(){me()}let at=M({top:`0`});function ot(e){let{scrollTop:t}=e.target;at.value.top=`${-t}px`,w.value?.syncUnifiedContainer()}let st=null;re(()=>{let{autosize:t,type:n}=e;t&&n===`textarea`?st=P(O,e=>{!Array.isArray(e)&&e!==U&&rt(e)}):st?.()});let ct=null;re(()=>{e.type===`textarea`?ct=P(O,e=>{!Array.isArray(e)&&e!==U&&w.value?.syncUnifiedContainer()}):ct?.()}),te(_e,{mergedValueRef:O,maxlengthRef:J,mergedClsPrefixRef:t,countGraphemesRef:z(e,`countGraphemes`)});let lt={wrapperElRef:l,inputElRef:g,textareaElRef:u,isCompositing:V,clear:Ve,focus:Ze,blur:Qe,select:$e,deactivate:tt,activate:et,scrollTo:nt},ut=ee(`Input`,i,t),dt=R(()=>{let{value:e}=N,{common:{cubicBezierEaseInOut:t},self:{color:n,colorHover:r,borderRadius:i,textColor:a,caretColor:o,caretColorError:s,caretColorWarning:l,textDecorationColor:u,border:d,borderDisabled:p,borderHover:m,borderFocus:h,placeholderColor:g,placeholderColorDisabled:_,lineHeightTextarea:v,colorDisabled:ee,colorFocus:y,textColorDisabled:b,boxShadowFocus:x,iconSize:S,colorFocusWarning:C,boxShadowFocusWarning:w,borderWarning:T,borderFocusWarning:E,borderHoverWarning:D,colorFocusError:O,boxShadowFocusError:k,borderError:A,borderFocusError:j,borderHoverError:te,clearSize:M,clearColor:ne,clearColorHover:P,clearColorPressed:re,iconColor:F,iconColorDisabled:I,suffixTextColor:L,countTextColor:R,countTextColorDisabled:z,iconColorHover:B,iconColorPressed:V,loadingColor:H,loadingColorError:U,loadingColorWarning:ie,fontWeight:W,[f(`padding`,e)]:ae,[f(`fontSize`,e)]:oe,[f(`height`,e)]:G}}=c.value,{left:ce,right:le}=se(ae);return{"--n-bezier":t,"--n-count-text-color":R,"--n-count-text-color-disabled":z,"--n-color":n,"--n-color-hover":r,"--n-font-size":oe,"--n-font-weight":W,"--n-border-radius":i,"--n-height":G,"--n-padding-left":ce,"--n-padding-right":le,"--n-text-color":a,"--n-caret-color":o,"--n-text-decoration-color":u,"--n-border":d,"--n-border-disabled":p,"--n-border-hover":m,"--n-border-focus":h,"--n-placeholder-color":g,"--n-placeholder-color-disabled":_,"--n-icon-size":S,"--n-line-height-textarea":v,"--n-color-disabled":ee,"--n-color-focus":y,"--n-text-color-disabled":b,"--n-box-shadow-focus":x,"--n-loading-color":H,"--n-caret-color-warning":l,"--n-color-focus-warning":C,"--n-box-shadow-focus-warning":w,"--n-border-warning":T,"--n-border-focus-warning":E,"--n-border-hover-warning":D,"--n-loading-color-warning":ie,"--n-caret-color-error":s,"--n-color-focus-error":O,"--n-box-shadow-focus-error":k,"--n-border-error":A,"--n-border-focus-error":j,"--n-border-hover-error":te,"--n-loading-color-error":U,"--n-clear-color":ne,"--n-clear-size":M,"--n-clear-color-hover":P,"--n-clear-color-pressed":re,"--n-icon-color":F,"--n-icon-color-hover":B,"--n-icon-color-pressed":V,"--n-icon-color-disabled":I,"--n-suffix-text-color":L}}),ft=r?d(`input`,R(()=>{let{value:e}=N;return e[0]}),dt,e):void 0;return{...lt,wrapperElRef:l,inputElRef:g,inputMirrorElRef:h,inputEl2Ref:x,textareaElRef:u,textareaMirrorElRef:p,textareaScrollbarInstRef:w,rtlEnabled:ut,uncontrolledValue:E,mergedValue:O,passwordVisible:q,mergedPlaceholder:W,showPlaceholder1:ae,showPlaceholder2:oe,mergedFocus:G,isComposing:V,activated:H,showClearButton:de,mergedSize:N,mergedDisabled:F,textDecorationStyle:fe,mergedClsPrefix:t,mergedBordered:n,mergedShowPasswordOn:K,placeholderStyle:at,mergedStatus:I,textAreaScrollContainerWidth:pe,handleTextAreaScroll:ot,handleCompositionStart:je,handleCompositionEnd:Me,handleInput:Q,handleInputBlur:Pe,handleInputFocus:Fe,handleWrapperBlur:Ie,handleWrapperFocus:Le,handleMouseEnter:Ue,handleMouseLeave:We,handleMouseDown:He,handleChange:Re,handleClick:ze,handleClear:Be,handlePasswordToggleClick:Ge,handlePasswordToggleMousedown:Ke,handleWrapperKeydown:Je,handleWrapperKeyup:qe,handleTextAreaMirrorResize:it,getTextareaScrollContainer:()=>u.value,mergedTheme:c,cssVars:r?void 0:dt,themeClass:ft?.themeClass,onRender:ft?.onRender}},render(){let{mergedClsPrefix:e,mergedStatus:t,themeClass:i,type:a,countGraphemes:o,onRender:s}=this,c=this.$slots;return s?.(),j(),B(`div`,{ref:`wrapperElRef`,class:u([`${e}-input`,`${e}-input--${this.mergedSize}-size`,i,t&&`${e}-input--${t}-status`,{[`${e}-input--rtl`]:this.rtlEnabled,[`${e}-input--disabled`]:this.mergedDisabled,[`${e}-input--textarea`]:a===`textarea`,[`${e}-input--resizable`]:this.resizable&&!this.autosize,[`${e}-input--autosize`]:this.autosize,[`${e}-input--round`]:this.round&&a!==`textarea`,[`${e}-input--pair`]:this.pair,[`${e}-input--focus`]:this.mergedFocus,[`${e}-input--stateful`]:this.stateful}]),style:W(this.cssVars),tabindex:!this.mergedDisabled&&this.passivelyActivated&&!this.activated?0:void 0,onFocus:this.handleWrapperFocus,onBlur:this.handleWrapperBlur,onClick:this.handleClick,onMousedown:this.handleMouseDown,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd,onKeyup:this.handleWrapperKeyup,onKeydown:this.handleWrapperKeydown},[V(`div`,{class:u(`${e}-input-wrapper`)},[n(()=>g(c.prefix,t=>t&&(j(),B(`div`,{class:u(`${e}-input__prefix`)},[n(()=>t)],2)))),a===`textarea`?(j(),F(ae,{key:0,ref:`textareaScrollbarInstRef`,class:u(`${e}-input__textarea`),container:this.getTextareaScrollContainer,theme:this.theme?.peers?.Scrollbar,themeOverrides:this.themeOverrides?.peers?.Scrollbar,triggerDisplayManually:!0,useUnifiedContainer:!0,internalHoistYRail:!0},{default:()=>{let{textAreaScrollContainerWidth:t}=this,r={width:this.autosize&&t&&`${t}px`};return j(),B(L,null,[V(`textarea`,U(this.inputProps,{ref:`textareaElRef`,class:[`${e}-input__textarea-el`,this.inputProps?.class],autofocus:this.autofocus,rows:Number(this.rows),placeholder:this.placeholder,value:this.mergedValue,disabled:this.mergedDisabled,maxlength:o?void 0:this.maxlength,minlength:o?void 0:this.minlength,readonly:this.readonly,tabindex:this.passivelyActivated&&!this.activated?-1:void 0,style:[this.textDecorationStyle[0],this.inputProps?.style,r],onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,2)},onInput:this.handleInput,onChange:this.handleChange,onScroll:this.handleTextAreaScroll}),null,16,Ce),this.showPlaceholder1?(j(),B(`div`,{class:u(`${e}-input__placeholder`),style:W([this.placeholderStyle,r]),key:`placeholder`},[n(()=>this.mergedPlaceholder[0])],6)):n(()=>null),this.autosize?(j(),F(oe,{key:2,onResize:this.handleTextAreaMirrorResize},{default:()=>(j(),B(`div`,{ref:`textareaMirrorElRef`,class:u(`${e}-input__textarea-mirror`),key:`mirror`},null,2))},1032,[`onResize`])):n(()=>null)],64)}},1032,[`class`,`container`,`theme`,`themeOverrides`])):(j(),B(`div`,{key:1,class:u(`${e}-input__input`)},[V(`input`,U({type:a===`password`&&this.mergedShowPasswordOn&&this.passwordVisible?`text`:a},this.inputProps,{ref:`inputElRef`,class:[`${e}-input__input-el`,this.inputProps?.class],style:[this.textDecorationStyle[0],this.inputProps?.style],tabindex:this.passivelyActivated&&!this.activated?-1:this.inputProps?.tabindex,placeholder:this.mergedPlaceholder[0],disabled:this.mergedDisabled,maxlength:o?void 0:this.maxlength,minlength:o?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[0]:this.mergedValue,readonly:this.readonly,autofocus:this.autofocus,size:this.attrSize,onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,0)},onInput:e=>{this.handleInput(e,0)},onChange:e=>{this.handleChange(e,0)}}),null,16,we),this.showPlaceholder1?(j(),B(`div`,{key:0,class:u(`${e}-input__placeholder`)},[V(`span`,null,[n(()=>this.mergedPlaceholder[0])])],2)):n(()=>null),this.autosize?(j(),B(`div`,{class:u(`${e}-input__input-mirror`),key:`mirror`,ref:`inputMirrorElRef`},`\xA0`,2)):n(()=>null)],2)),n(()=>!this.pair&&g(c.suffix,t=>t||this.clearable||this.showCount||this.mergedShowPasswordOn||this.loading!==void 0?(j(),B(`div`,{key:1,class:u(`${e}-input__suffix`)},[n(()=>[g(c[`clear-icon-placeholder`],t=>(this.clearable||t)&&(j(),F(J,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{placeholder:()=>t,icon:()=>this.$slots[`clear-icon`]?.()},1032,[`clsPrefix`,`show`,`onClear`]))),this.internalLoadingBeforeSuffix?null:t,this.loading===void 0?null:(j(),F(Y,{key:2,clsPrefix:e,loading:this.loading,showArrow:!1,showClear:!1,style:W(this.cssVars)},null,8,[`clsPrefix`,`loading`,`style`])),this.internalLoadingBeforeSuffix?t:null,this.showCount&&this.type!==`textarea`?(j(),F(Se,{key:3},{default:e=>{let{renderCount:t}=this;return t?t(e):c.count?.(e)}},1024)):null,this.mergedShowPasswordOn&&this.type===`password`?(j(),B(`div`,{key:4,class:u(`${e}-input__eye`),onMousedown:this.handlePasswordToggleMousedown,onClick:this.handlePasswordToggleClick},[this.passwordVisible?(j(),B(L,{key:0},[n(()=>r(c[`password-visible-icon`],()=>[(j(),F(S,{clsPrefix:e},{default:()=>(j(),F(K))},1032,[`clsPrefix`]))]))],64)):(j(),B(L,{key:1},[n(()=>r(c[`password-invisible-icon`],()=>[(j(),F(S,{clsPrefix:e},{default:()=>(j(),F(q))},1032,[`clsPrefix`]))]))],64))],42,Te)):null])],2)):null))],2),this.pair?(j(),B(`span`,{key:0,class:u(`${e}-input__separator`)},[n(()=>r(c.separator,()=>[this.separator]))],2)):n(()=>null),this.pair?(j(),B(`div`,{key:2,class:u(`${e}-input-wrapper`)},[V(`div`,{class:u(`${e}-input__input`)},[V(`input`,{ref:`inputEl2Ref`,type:this.type,class:u(`${e}-input__input-el`),tabindex:this.passivelyActivated&&!this.activated?-1:void 0,placeholder:this.mergedPlaceholder[1],disabled:this.mergedDisabled,maxlength:o?void 0:this.maxlength,minlength:o?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[1]:void 0,readonly:this.readonly,style:W(this.textDecorationStyle[1]),onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,1)},onInput:e=>{this.handleInput(e,1)},onChange:e=>{this.handleChange(e,1)}},null,46,Ee),this.showPlaceholder2?(j(),B(`div`,{key:0,class:u(`${e}-input__placeholder`)},[V(`span`,null,[n(()=>this.mergedPlaceholder[1])])],2)):n(()=>null)],2),n(()=>g(c.suffix,t=>(this.clearable||t)&&(j(),B(`div`,{class:u(`${e}-input__suffix`)},[n(()=>[this.clearable&&(j(),F(J,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{icon:()=>c[`clear-icon`]?.(),placeholder:()=>c[`clear-icon-placeholder`]?.()},1032,[`clsPrefix`,`show`,`onClear`])),t])],2))))],2)):n(()=>null),this.mergedBordered?(j(),B(`div`,{key:4,class:u(`${e}-input__border`)},null,2)):n(()=>null),this.mergedBordered?(j(),B(`div`,{key:6,class:u(`${e}-input__state-border`)},null,2)):n(()=>null),this.showCount&&a===`textarea`?(j(),F(Se,{key:8},{default:e=>{let{renderCount:t}=this;return t?t(e):c.count?.(e)}},1024)):n(()=>null)],46,De)}});export{he as i,ge as n,Y as r,ke as t};