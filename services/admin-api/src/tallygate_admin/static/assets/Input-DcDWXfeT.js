import{A as e,C as t,E as n,H as r,K as i,L as a,M as o,Mt as s,N as c,Nt as l,O as u,Ot as d,P as f,Pt as p,R as m,T as h,V as g,Y as _,a as v,b as y,f as b,j as x,jt as S,k as C,kt as w,l as T,s as E,u as D,v as O,w as k}from"./Button-DA5Pq1uX.js";import{t as A}from"./use-locale-D8iZbWIF.js";import{$ as j,A as M,N,P as ee,S as P,T as te,U as F,W as ne,d as I,g as re,i as L,l as R,p as z,rt as B,u as V,v as H,w as U,xt as W,y as ie}from"./runtime-core.esm-bundler-DolcaMW8.js";import{C as ae,O as oe,S as se,g as ce,m as le,w as G,x as ue}from"./api-D6YFq2Gd.js";var de={paddingTiny:`0 8px`,paddingSmall:`0 10px`,paddingMedium:`0 12px`,paddingLarge:`0 14px`,clearSize:`16px`},K=H({name:`Eye`,render(){return(()=>{let e=a(`ae479a1970012861`);return e[0]||=V(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[V(`path`,{d:`M255.66 112c-77.94 0-157.89 45.11-220.83 135.33a16 16 0 0 0-.27 17.77C82.92 340.8 161.8 400 255.66 400c92.84 0 173.34-59.38 221.79-135.25a16.14 16.14 0 0 0 0-17.47C428.89 172.28 347.8 112 255.66 112z`,fill:`none`,stroke:`currentColor`,"stroke-linecap":`round`,"stroke-linejoin":`round`,"stroke-width":`32`}),V(`circle`,{cx:`256`,cy:`256`,r:`80`,fill:`none`,stroke:`currentColor`,"stroke-miterlimit":`10`,"stroke-width":`32`})],-1)})()}}),q=H({name:`EyeOff`,render(){return(()=>{let e=a(`2c06203b450ce879`);return e[0]||=V(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[V(`path`,{d:`M432 448a15.92 15.92 0 0 1-11.31-4.69l-352-352a16 16 0 0 1 22.62-22.62l352 352A16 16 0 0 1 432 448z`,fill:`currentColor`}),V(`path`,{d:`M255.66 384c-41.49 0-81.5-12.28-118.92-36.5c-34.07-22-64.74-53.51-88.7-91v-.08c19.94-28.57 41.78-52.73 65.24-72.21a2 2 0 0 0 .14-2.94L93.5 161.38a2 2 0 0 0-2.71-.12c-24.92 21-48.05 46.76-69.08 76.92a31.92 31.92 0 0 0-.64 35.54c26.41 41.33 60.4 76.14 98.28 100.65C162 402 207.9 416 255.66 416a239.13 239.13 0 0 0 75.8-12.58a2 2 0 0 0 .77-3.31l-21.58-21.58a4 4 0 0 0-3.83-1a204.8 204.8 0 0 1-51.16 6.47z`,fill:`currentColor`}),V(`path`,{d:`M490.84 238.6c-26.46-40.92-60.79-75.68-99.27-100.53C349 110.55 302 96 255.66 96a227.34 227.34 0 0 0-74.89 12.83a2 2 0 0 0-.75 3.31l21.55 21.55a4 4 0 0 0 3.88 1a192.82 192.82 0 0 1 50.21-6.69c40.69 0 80.58 12.43 118.55 37c34.71 22.4 65.74 53.88 89.76 91a.13.13 0 0 1 0 .16a310.72 310.72 0 0 1-64.12 72.73a2 2 0 0 0-.15 2.95l19.9 19.89a2 2 0 0 0 2.7.13a343.49 343.49 0 0 0 68.64-78.48a32.2 32.2 0 0 0-.1-34.78z`,fill:`currentColor`}),V(`path`,{d:`M256 160a95.88 95.88 0 0 0-21.37 2.4a2 2 0 0 0-1 3.38l112.59 112.56a2 2 0 0 0 3.38-1A96 96 0 0 0 256 160z`,fill:`currentColor`}),V(`path`,{d:`M165.78 233.66a2 2 0 0 0-3.38 1a96 96 0 0 0 115 115a2 2 0 0 0 1-3.38z`,fill:`currentColor`})],-1)})()}}),fe=O(`clear`,()=>(()=>{let e=a(`c93f8499adf26ca3`);return e[0]||=V(`svg`,{viewBox:`0 0 16 16`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[V(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[V(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[V(`path`,{d:`M8,2 C11.3137085,2 14,4.6862915 14,8 C14,11.3137085 11.3137085,14 8,14 C4.6862915,14 2,11.3137085 2,8 C2,4.6862915 4.6862915,2 8,2 Z M6.5343055,5.83859116 C6.33943736,5.70359511 6.07001296,5.72288026 5.89644661,5.89644661 L5.89644661,5.89644661 L5.83859116,5.9656945 C5.70359511,6.16056264 5.72288026,6.42998704 5.89644661,6.60355339 L5.89644661,6.60355339 L7.293,8 L5.89644661,9.39644661 L5.83859116,9.4656945 C5.70359511,9.66056264 5.72288026,9.92998704 5.89644661,10.1035534 L5.89644661,10.1035534 L5.9656945,10.1614088 C6.16056264,10.2964049 6.42998704,10.2771197 6.60355339,10.1035534 L6.60355339,10.1035534 L8,8.707 L9.39644661,10.1035534 L9.4656945,10.1614088 C9.66056264,10.2964049 9.92998704,10.2771197 10.1035534,10.1035534 L10.1035534,10.1035534 L10.1614088,10.0343055 C10.2964049,9.83943736 10.2771197,9.57001296 10.1035534,9.39644661 L10.1035534,9.39644661 L8.707,8 L10.1035534,6.60355339 L10.1614088,6.5343055 C10.2964049,6.33943736 10.2771197,6.07001296 10.1035534,5.89644661 L10.1035534,5.89644661 L10.0343055,5.83859116 C9.83943736,5.70359511 9.57001296,5.72288026 9.39644661,5.89644661 L9.39644661,5.89644661 L8,7.293 L6.60355339,5.89644661 Z`})])])],-1)})()),pe=w(`base-clear`,`
 flex-shrink: 0;
 height: 1em;
 width: 1em;
 position: relative;
`,[d(`>`,[S(`clear`,`
 font-size: var(--n-clear-size);
 height: 1em;
 width: 1em;
 cursor: pointer;
 color: var(--n-clear-color);
 transition: color .3s var(--n-bezier);
 display: flex;
 `,[d(`&:hover`,`
 color: var(--n-clear-color-hover)!important;
 `),d(`&:active`,`
 color: var(--n-clear-color-pressed)!important;
 `)]),S(`placeholder`,`
 display: flex;
 `),S(`clear, placeholder`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 `,[T({originalTransform:`translateX(-50%) translateY(-50%)`,left:`50%`,top:`50%`})])])]),me=[`onClick`,`onMousedown`],J=H({name:`BaseClear`,props:{clsPrefix:{type:String,required:!0},show:Boolean,onClear:Function},setup(e){return r(`-base-clear`,pe,B(e,`clsPrefix`)),{handleMouseDown(e){e.preventDefault()}}},render(){let{clsPrefix:e}=this;return N(),z(`div`,{class:m(`${e}-base-clear`)},[re(D,null,{default:()=>this.show?(N(),z(`div`,{key:`dismiss`,class:m(`${e}-base-clear__clear`),onClick:this.onClear,onMousedown:this.handleMouseDown,"data-clear":!0},[g(()=>t(this.$slots.icon,()=>[(N(),I(C,{clsPrefix:e},{default:()=>(N(),I(fe))},1032,[`clsPrefix`]))]))],42,me)):(N(),z(`div`,{key:`icon`,class:m(`${e}-base-clear__placeholder`)},[g(()=>this.$slots.placeholder?.())],2))},1024)],2)}}),he=H({name:`ChevronDown`,render(){return(()=>{let e=a(`ae90ecf811a811ac`);return e[0]||=V(`svg`,{viewBox:`0 0 16 16`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[V(`path`,{d:`M3.14645 5.64645C3.34171 5.45118 3.65829 5.45118 3.85355 5.64645L8 9.79289L12.1464 5.64645C12.3417 5.45118 12.6583 5.45118 12.8536 5.64645C13.0488 5.84171 13.0488 6.15829 12.8536 6.35355L8.35355 10.8536C8.15829 11.0488 7.84171 11.0488 7.64645 10.8536L3.14645 6.35355C2.95118 6.15829 2.95118 5.84171 3.14645 5.64645Z`,fill:`currentColor`})],-1)})()}}),Y=H({name:`InternalSelectionSuffix`,props:{clsPrefix:{type:String,required:!0},showArrow:{type:Boolean,default:void 0},showClear:{type:Boolean,default:void 0},loading:Boolean,onClear:Function},setup(e,{slots:n}){return()=>{let{clsPrefix:r}=e;return N(),I(E,{clsPrefix:r,class:m(`${r}-base-suffix`),strokeWidth:24,scale:.85,show:e.loading},{default:()=>e.showArrow?(N(),I(J,{key:1,clsPrefix:r,show:e.showClear,onClear:e.onClear},{placeholder:()=>(N(),I(C,{clsPrefix:r,class:m(`${r}-base-suffix__arrow`)},{default:()=>t(n.default,()=>[(N(),I(he))])},1032,[`clsPrefix`,`class`]))},1032,[`clsPrefix`,`show`,`onClear`])):null},1032,[`clsPrefix`,`class`,`show`])}}});function X(e){let{textColor2:t,textColor3:n,textColorDisabled:r,primaryColor:i,primaryColorHover:a,inputColor:o,inputColorDisabled:s,borderColor:c,warningColor:l,warningColorHover:u,errorColor:d,errorColorHover:p,borderRadius:m,lineHeight:h,fontSizeTiny:g,fontSizeSmall:_,fontSizeMedium:v,fontSizeLarge:y,heightTiny:b,heightSmall:x,heightMedium:S,heightLarge:C,actionColor:w,clearColor:T,clearColorHover:E,clearColorPressed:D,placeholderColor:O,placeholderColorDisabled:k,iconColor:A,iconColorDisabled:j,iconColorHover:M,iconColorPressed:N,fontWeight:ee}=e;return{...de,fontWeight:ee,countTextColorDisabled:r,countTextColor:n,heightTiny:b,heightSmall:x,heightMedium:S,heightLarge:C,fontSizeTiny:g,fontSizeSmall:_,fontSizeMedium:v,fontSizeLarge:y,lineHeight:h,lineHeightTextarea:h,borderRadius:m,iconSize:`16px`,groupLabelColor:w,groupLabelTextColor:t,textColor:t,textColorDisabled:r,textDecorationColor:t,caretColor:i,placeholderColor:O,placeholderColorDisabled:k,color:o,colorHover:o,colorDisabled:s,colorFocus:o,groupLabelBorder:`1px solid ${c}`,border:`1px solid ${c}`,borderHover:`1px solid ${a}`,borderDisabled:`1px solid ${c}`,borderFocus:`1px solid ${a}`,boxShadowFocus:`0 0 0 2px ${f(i,{alpha:.2})}`,loadingColor:i,loadingColorWarning:l,borderWarning:`1px solid ${l}`,borderHoverWarning:`1px solid ${u}`,colorFocusWarning:o,borderFocusWarning:`1px solid ${u}`,boxShadowFocusWarning:`0 0 0 2px ${f(l,{alpha:.2})}`,caretColorWarning:l,loadingColorError:d,borderError:`1px solid ${d}`,borderHoverError:`1px solid ${p}`,colorFocusError:o,borderFocusError:`1px solid ${p}`,boxShadowFocusError:`0 0 0 2px ${f(d,{alpha:.2})}`,caretColorError:d,clearColor:T,clearColorHover:E,clearColorPressed:D,iconColor:A,iconColorDisabled:j,iconColorHover:M,iconColorPressed:N,suffixTextColor:t}}var ge=e({name:`Input`,common:c,peers:{Scrollbar:G},self:X}),_e=_(`n-input`),ve=w(`input`,`
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
`,[S(`input, textarea`,`
 overflow: hidden;
 flex-grow: 1;
 position: relative;
 `),S(`input-el, textarea-el, input-mirror, textarea-mirror, separator, placeholder`,`
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
 `),S(`input-el, textarea-el`,`
 -webkit-appearance: none;
 scrollbar-width: none;
 width: 100%;
 min-width: 0;
 text-decoration-color: var(--n-text-decoration-color);
 color: var(--n-text-color);
 caret-color: var(--n-caret-color);
 background-color: transparent;
 `,[d(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
 width: 0;
 height: 0;
 display: none;
 `),d(`&::placeholder`,`
 color: #0000;
 -webkit-text-fill-color: transparent !important;
 `),d(`&:-webkit-autofill ~`,[S(`placeholder`,`display: none;`)])]),s(`round`,[l(`textarea`,`border-radius: calc(var(--n-height) / 2);`)]),S(`placeholder`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 overflow: hidden;
 color: var(--n-placeholder-color);
 `,[d(`span`,`
 width: 100%;
 display: inline-block;
 `)]),s(`textarea`,[S(`placeholder`,`overflow: visible;`)]),l(`autosize`,`width: 100%;`),s(`autosize`,[S(`textarea-el, input-el`,`
 position: absolute;
 top: 0;
 left: 0;
 height: 100%;
 `)]),w(`input-wrapper`,`
 overflow: hidden;
 display: inline-flex;
 flex-grow: 1;
 position: relative;
 padding-left: var(--n-padding-left);
 padding-right: var(--n-padding-right);
 `),S(`input-mirror`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre;
 pointer-events: none;
 `),S(`input-el`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[d(`&[type=password]::-ms-reveal`,`display: none;`),d(`+`,[S(`placeholder`,`
 display: flex;
 align-items: center; 
 `)])]),l(`textarea`,[S(`placeholder`,`white-space: nowrap;`)]),S(`eye`,`
 display: flex;
 align-items: center;
 justify-content: center;
 transition: color .3s var(--n-bezier);
 `),s(`textarea`,`width: 100%;`,[w(`input-word-count`,`
 position: absolute;
 right: var(--n-padding-right);
 bottom: var(--n-padding-vertical);
 `),s(`resizable`,[w(`input-wrapper`,`
 resize: vertical;
 min-height: var(--n-height);
 `)]),S(`textarea-el, textarea-mirror, placeholder`,`
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
 `),S(`textarea-mirror`,`
 width: 100%;
 pointer-events: none;
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre-wrap;
 overflow-wrap: break-word;
 `)]),s(`pair`,[S(`input-el, placeholder`,`text-align: center;`),S(`separator`,`
 display: flex;
 align-items: center;
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 white-space: nowrap;
 `,[w(`icon`,`
 color: var(--n-icon-color);
 `),w(`base-icon`,`
 color: var(--n-icon-color);
 `)])]),s(`disabled`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[S(`border`,`border: var(--n-border-disabled);`),S(`input-el, textarea-el`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 text-decoration-color: var(--n-text-color-disabled);
 `),S(`placeholder`,`color: var(--n-placeholder-color-disabled);`),S(`separator`,`color: var(--n-text-color-disabled);`,[w(`icon`,`
 color: var(--n-icon-color-disabled);
 `),w(`base-icon`,`
 color: var(--n-icon-color-disabled);
 `)]),w(`input-word-count`,`
 color: var(--n-count-text-color-disabled);
 `),S(`suffix, prefix`,`color: var(--n-text-color-disabled);`,[w(`icon`,`
 color: var(--n-icon-color-disabled);
 `),w(`internal-icon`,`
 color: var(--n-icon-color-disabled);
 `)])]),l(`disabled`,[S(`eye`,`
 color: var(--n-icon-color);
 cursor: pointer;
 `,[d(`&:hover`,`
 color: var(--n-icon-color-hover);
 `),d(`&:active`,`
 color: var(--n-icon-color-pressed);
 `)]),d(`&:hover`,`background-color: var(--n-color-hover);`,[S(`state-border`,`border: var(--n-border-hover);`)]),s(`focus`,`background-color: var(--n-color-focus);`,[S(`state-border`,`
 border: var(--n-border-focus);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),S(`border, state-border`,`
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
 `),S(`state-border`,`
 border-color: #0000;
 z-index: 1;
 `),S(`prefix`,`margin-right: 4px;`),S(`suffix`,`
 margin-left: 4px;
 `),S(`suffix, prefix`,`
 transition: color .3s var(--n-bezier);
 flex-wrap: nowrap;
 flex-shrink: 0;
 line-height: var(--n-height);
 white-space: nowrap;
 display: inline-flex;
 align-items: center;
 justify-content: center;
 color: var(--n-suffix-text-color);
 `,[w(`base-loading`,`
 font-size: var(--n-icon-size);
 margin: 0 2px;
 color: var(--n-loading-color);
 `),w(`base-clear`,`
 font-size: var(--n-icon-size);
 `,[S(`placeholder`,[w(`base-icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)])]),d(`>`,[w(`icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)]),w(`base-icon`,`
 font-size: var(--n-icon-size);
 `)]),w(`input-word-count`,`
 pointer-events: none;
 line-height: 1.5;
 font-size: .85em;
 color: var(--n-count-text-color);
 transition: color .3s var(--n-bezier);
 margin-left: 4px;
 font-variant: tabular-nums;
 `),[`warning`,`error`].map(e=>s(`${e}-status`,[l(`disabled`,[w(`base-loading`,`
 color: var(--n-loading-color-${e})
 `),S(`input-el, textarea-el`,`
 caret-color: var(--n-caret-color-${e});
 `),S(`state-border`,`
 border: var(--n-border-${e});
 `),d(`&:hover`,[S(`state-border`,`
 border: var(--n-border-hover-${e});
 `)]),d(`&:focus`,`
 background-color: var(--n-color-focus-${e});
 `,[S(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)]),s(`focus`,`
 background-color: var(--n-color-focus-${e});
 `,[S(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${e});
 border: var(--n-border-focus-${e});
 `)])])]))]),ye=w(`input`,[s(`disabled`,[S(`input-el, textarea-el`,`
 -webkit-text-fill-color: var(--n-text-color-disabled);
 `)])]);function be(e){let t=0;for(let n of e)t++;return t}function Z(e){return e===``||e==null}function xe(e){let t=j(null);function n(){let{value:n}=e;if(!n?.focus){i();return}let{selectionStart:r,selectionEnd:a,value:o}=n;r==null||a==null?i():t.value={start:r,end:a,beforeText:o.slice(0,r),afterText:o.slice(a)}}function r(){let{value:n}=t,{value:r}=e;if(!n||!r)return;let{value:i}=r,{start:a,beforeText:o,afterText:s}=n,c=i.length;if(i.endsWith(s))c=i.length-s.length;else if(i.startsWith(o))c=o.length;else{let e=o[a-1],t=i.indexOf(e,a-1);t!==-1&&(c=t+1)}r.setSelectionRange?.(c,c)}function i(){t.value=null}return F(e,i),{recordCursor:n,restoreCursor:r}}var Se=H({name:`InputWordCount`,setup(e,{slots:t}){let{mergedValueRef:n,maxlengthRef:r,mergedClsPrefixRef:i,countGraphemesRef:a}=P(_e),o=R(()=>{let{value:e}=n;return e===null||Array.isArray(e)?0:(a.value||be)(e)});return()=>{let{value:e}=r,{value:a}=n;return N(),z(`span`,{class:m(`${i.value}-input-word-count`)},[g(()=>k(t.default,{value:a===null||Array.isArray(a)?``:a},()=>[e===void 0?o.value:`${o.value} / ${e}`]))],2)}}}),Ce=[`autofocus`,`rows`,`placeholder`,`value`,`disabled`,`maxlength`,`minlength`,`readonly`,`tabindex`,`onBlur`,`onFocus`,`onInput`,`onChange`,`onScroll`],we=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`autofocus`,`size`,`onBlur`,`onFocus`,`onInput`,`onChange`],Te=[`onMousedown`,`onClick`],Ee=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`onBlur`,`onFocus`,`onInput`,`onChange`],De=[`tabindex`,`onFocus`,`onBlur`,`onClick`,`onMousedown`,`onMouseenter`,`onMouseleave`,`onCompositionstart`,`onCompositionend`,`onKeyup`,`onKeydown`],Oe={...x.props,bordered:{type:Boolean,default:void 0},type:{type:String,default:`text`},placeholder:[Array,String],defaultValue:{type:[String,Array],default:null},value:[String,Array],disabled:{type:Boolean,default:void 0},size:String,rows:{type:[Number,String],default:3},round:Boolean,minlength:[String,Number],maxlength:[String,Number],clearable:Boolean,autosize:{type:[Boolean,Object],default:!1},pair:Boolean,separator:String,readonly:{type:[String,Boolean],default:!1},passivelyActivated:Boolean,showPasswordOn:String,stateful:{type:Boolean,default:!0},autofocus:Boolean,inputProps:Object,resizable:{type:Boolean,default:!0},showCount:Boolean,loading:{type:Boolean,default:void 0},allowInput:Function,renderCount:Function,onMousedown:Function,onKeydown:Function,onKeyup:[Function,Array],onInput:[Function,Array],onFocus:[Function,Array],onBlur:[Function,Array],onClick:[Function,Array],onChange:[Function,Array],onClear:[Function,Array],countGraphemes:Function,status:String,"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],textDecoration:[String,Array],attrSize:{type:Number,default:20},onInputBlur:[Function,Array],onInputFocus:[Function,Array],onDeactivate:[Function,Array],onActivate:[Function,Array],onWrapperFocus:[Function,Array],onWrapperBlur:[Function,Array],internalDeactivateOnEnter:Boolean,internalForceFocus:Boolean,internalLoadingBeforeSuffix:{type:Boolean,default:!0},showPasswordToggle:Boolean},ke=H({name:`Input`,props:Oe,slots:Object,setup(e){let{mergedClsPrefixRef:t,mergedBorderedRef:a,inlineThemeDisabled:s,mergedRtlRef:c,mergedComponentPropsRef:l}=i(e),d=x(`Input`,`-input`,ve,ge,e,t);v&&r(`-input-safari`,ye,t);let f=j(null),m=j(null),h=j(null),g=j(null),_=j(null),S=j(null),C=j(null),w=xe(C),T=j(null),{localeRef:E}=A(`Input`),D=j(e.defaultValue),O=B(e,`value`),k=ue(O,D),N=b(e,{mergedSize:t=>{let{size:n}=e;if(n)return n;let{mergedSize:r}=t||{};return r?.value?r.value:l?.value?.Input?.size||`medium`}}),{mergedSizeRef:P,mergedDisabledRef:I,mergedStatusRef:re}=N,L=j(!1),z=j(!1),V=j(!1),H=j(!1),U=null,W=R(()=>{let{placeholder:t,pair:n}=e;return n?Array.isArray(t)?t:t===void 0?[``,``]:[t,t]:t===void 0?[E.value.placeholder]:[t]}),ce=R(()=>{let{value:e}=V,{value:t}=k,{value:n}=W;return!e&&(Z(t)||Array.isArray(t)&&Z(t[0]))&&n[0]}),le=R(()=>{let{value:e}=V,{value:t}=k,{value:n}=W;return!e&&n[1]&&(Z(t)||Array.isArray(t)&&Z(t[1]))}),G=u(()=>e.internalForceFocus||L.value),de=u(()=>{if(I.value||e.readonly||!e.clearable||!G.value&&!z.value)return!1;let{value:t}=k,{value:n}=G;return e.pair?!!(Array.isArray(t)&&(t[0]||t[1]))&&(z.value||n):!!t&&(z.value||n)}),K=R(()=>{let{showPasswordOn:t}=e;if(t)return t;if(e.showPasswordToggle)return`click`}),q=j(!1),fe=R(()=>{let{textDecoration:t}=e;return t?Array.isArray(t)?t.map(e=>({textDecoration:e})):[{textDecoration:t}]:[``,``]}),pe=j(void 0),me=()=>{if(e.type===`textarea`){let{autosize:t}=e;if(t&&(pe.value=T.value?.$el?.offsetWidth),!m.value||typeof t==`boolean`)return;let{paddingTop:n,paddingBottom:r,lineHeight:i}=window.getComputedStyle(m.value),a=Number(n.slice(0,-2)),o=Number(r.slice(0,-2)),s=Number(i.slice(0,-2)),{value:c}=h;if(!c)return;if(t.minRows){let e=Math.max(t.minRows,1),n=`${a+o+s*e}px`;c.style.minHeight=n}if(t.maxRows){let e=`${a+o+s*t.maxRows}px`;c.style.maxHeight=e}}},J=R(()=>{let{maxlength:t}=e;return t===void 0?void 0:Number(t)});M(()=>{let{value:e}=k;Array.isArray(e)||rt(e)});let he=ie().proxy;function Y(t,r){let{onUpdateValue:i,"onUpdate:value":a,onInput:o}=e,{nTriggerFormInput:s}=N;i&&n(i,t,r),a&&n(a,t,r),o&&n(o,t,r),D.value=t,s()}function X(t,r){let{onChange:i}=e,{nTriggerFormChange:a}=N;i&&n(i,t,r),D.value=t,a()}function be(t){let{onBlur:r}=e,{nTriggerFormBlur:i}=N;r&&n(r,t),i()}function Se(t){let{onFocus:r}=e,{nTriggerFormFocus:i}=N;r&&n(r,t),i()}function Ce(t){let{onClear:r}=e;r&&n(r,t)}function we(t){let{onInputBlur:r}=e;r&&n(r,t)}function Te(t){let{onInputFocus:r}=e;r&&n(r,t)}function Ee(){let{onDeactivate:t}=e;t&&n(t)}function De(){let{onActivate:t}=e;t&&n(t)}function Oe(t){let{onClick:r}=e;r&&n(r,t)}function ke(t){let{onWrapperFocus:r}=e;r&&n(r,t)}function Ae(t){let{onWrapperBlur:r}=e;r&&n(r,t)}function je(){V.value=!0}function Me(e){V.value=!1,e.target===S.value?Q(e,1):Q(e,0)}function Q(t,n=0,r=`input`){let i=t.target.value;if(rt(i),t instanceof InputEvent&&!t.isComposing&&(V.value=!1),e.type===`textarea`){let{value:e}=T;e&&e.syncUnifiedContainer()}if(U=i,V.value)return;w.recordCursor();let a=Ne(i);if(a){if(!e.pair)r===`input`?Y(i,{source:n}):X(i,{source:n});else{let{value:e}=k;e=Array.isArray(e)?[e[0],e[1]]:[``,``],e[n]=i,r===`input`?Y(e,{source:n}):X(e,{source:n})}}he.$forceUpdate(),a||te(w.restoreCursor)}function Ne(t){let{countGraphemes:n,maxlength:r,minlength:i}=e;if(n){let e;if(r!==void 0&&(e===void 0&&(e=n(t)),e>Number(r))||i!==void 0&&(e===void 0&&(e=n(t)),e<Number(r)))return!1}let{allowInput:a}=e;return typeof a!=`function`||a(t)}function Pe(e){we(e),e.relatedTarget===f.value&&Ee(),(e.relatedTarget===null||e.relatedTarget!==_.value&&e.relatedTarget!==S.value&&e.relatedTarget!==m.value)&&(H.value=!1),$(e,`blur`),C.value=null}function Fe(e,t){Te(e),L.value=!0,H.value=!0,De(),$(e,`focus`),t===0?C.value=_.value:t===1?C.value=S.value:t===2&&(C.value=m.value)}function Ie(t){e.passivelyActivated&&(Ae(t),$(t,`blur`))}function Le(t){e.passivelyActivated&&(L.value=!0,ke(t),$(t,`focus`))}function $(e,t){e.relatedTarget!==null&&(e.relatedTarget===_.value||e.relatedTarget===S.value||e.relatedTarget===m.value||e.relatedTarget===f.value)||(t===`focus`?(Se(e),L.value=!0):t===`blur`&&(be(e),L.value=!1))}function Re(e,t){Q(e,t,`change`)}function ze(e){Oe(e)}function Be(e){Ce(e),Ve()}function Ve(){e.pair?(Y([``,``],{source:`clear`}),X([``,``],{source:`clear`})):(Y(``,{source:`clear`}),X(``,{source:`clear`}))}function He(t){let{onMousedown:n}=e;n&&n(t);let{tagName:r}=t.target;if(r!==`INPUT`&&r!==`TEXTAREA`){if(e.resizable){let{value:e}=f;if(e){let{left:n,top:r,width:i,height:a}=e.getBoundingClientRect();if(n+i-14<t.clientX&&t.clientX<n+i&&r+a-14<t.clientY&&t.clientY<r+a)return}}t.preventDefault(),L.value||Ze()}}function Ue(){z.value=!0,e.type===`textarea`&&T.value?.handleMouseEnterWrapper()}function We(){z.value=!1,e.type===`textarea`&&T.value?.handleMouseLeaveWrapper()}function Ge(){I.value||K.value===`click`&&(q.value=!q.value)}function Ke(e){if(I.value)return;e.preventDefault();let t=e=>{e.preventDefault(),se(`mouseup`,document,t)};if(ae(`mouseup`,document,t),K.value!==`mousedown`)return;q.value=!0;let n=()=>{q.value=!1,se(`mouseup`,document,n)};ae(`mouseup`,document,n)}function qe(t){e.onKeyup&&n(e.onKeyup,t)}function Je(t){switch(e.onKeydown&&n(e.onKeydown,t),t.key){case`Escape`:Xe();break;case`Enter`:Ye(t)}}function Ye(t){if(e.passivelyActivated){let{value:n}=H;if(n){e.internalDeactivateOnEnter&&Xe();return}t.preventDefault(),e.type===`textarea`?m.value?.focus():_.value?.focus()}}function Xe(){e.passivelyActivated&&(H.value=!1,te(()=>{f.value?.focus()}))}function Ze(){I.value||(e.passivelyActivated?f.value?.focus():(m.value?.focus(),_.value?.focus()))}function Qe(){f.value?.contains(document.activeElement)&&document.activeElement.blur()}function $e(){m.value?.select(),_.value?.select()}function et(){I.value||(m.value?m.value.focus():_.value&&_.value.focus())}function tt(){let{value:e}=f;e?.contains(document.activeElement)&&e!==document.activeElement&&Xe()}function nt(t){if(e.type===`textarea`){let{value:e}=m;e?.scrollTo(t)}else{let{value:e}=_;e?.scrollTo(t)}}function rt(t){let{type:n,pair:r,autosize:i}=e;if(!r&&i){if(n===`textarea`){let{value:e}=h;e&&(e.textContent=`${t??``}\r\n`)}else{let{value:e}=g;e&&(t?e.textContent=t:e.innerHTML=`&nbsp;`)}}}function it(){me()}let at=j({top:`0`});function ot(e){let{scrollTop:t}=e.target;at.value.top=`${-t}px`,T.value?.syncUnifiedContainer()}let st=null;ne(()=>{let{autosize:t,type:n}=e;t&&n===`textarea`?st=F(k,e=>{!Array.isArray(e)&&e!==U&&rt(e)}):st?.()});let ct=null;ne(()=>{e.type===`textarea`?ct=F(k,e=>{!Array.isArray(e)&&e!==U&&T.value?.syncUnifiedContainer()}):ct?.()}),ee(_e,{mergedValueRef:k,maxlengthRef:J,mergedClsPrefixRef:t,countGraphemesRef:B(e,`countGraphemes`)});let lt={wrapperElRef:f,inputElRef:_,textareaElRef:m,isCompositing:V,clear:Ve,focus:Ze,blur:Qe,select:$e,deactivate:tt,activate:et,scrollTo:nt},ut=y(`Input`,c,t),dt=R(()=>{let{value:e}=P,{common:{cubicBezierEaseInOut:t},self:{color:n,colorHover:r,borderRadius:i,textColor:a,caretColor:o,caretColorError:s,caretColorWarning:c,textDecorationColor:l,border:u,borderDisabled:f,borderHover:m,borderFocus:h,placeholderColor:g,placeholderColorDisabled:_,lineHeightTextarea:v,colorDisabled:y,colorFocus:b,textColorDisabled:x,boxShadowFocus:S,iconSize:C,colorFocusWarning:w,boxShadowFocusWarning:T,borderWarning:E,borderFocusWarning:D,borderHoverWarning:O,colorFocusError:k,boxShadowFocusError:A,borderError:j,borderFocusError:M,borderHoverError:N,clearSize:ee,clearColor:te,clearColorHover:F,clearColorPressed:ne,iconColor:I,iconColorDisabled:re,suffixTextColor:L,countTextColor:R,countTextColorDisabled:z,iconColorHover:B,iconColorPressed:V,loadingColor:H,loadingColorError:U,loadingColorWarning:W,fontWeight:ie,[p(`padding`,e)]:ae,[p(`fontSize`,e)]:se,[p(`height`,e)]:ce}}=d.value,{left:le,right:G}=oe(ae);return{"--n-bezier":t,"--n-count-text-color":R,"--n-count-text-color-disabled":z,"--n-color":n,"--n-color-hover":r,"--n-font-size":se,"--n-font-weight":ie,"--n-border-radius":i,"--n-height":ce,"--n-padding-left":le,"--n-padding-right":G,"--n-text-color":a,"--n-caret-color":o,"--n-text-decoration-color":l,"--n-border":u,"--n-border-disabled":f,"--n-border-hover":m,"--n-border-focus":h,"--n-placeholder-color":g,"--n-placeholder-color-disabled":_,"--n-icon-size":C,"--n-line-height-textarea":v,"--n-color-disabled":y,"--n-color-focus":b,"--n-text-color-disabled":x,"--n-box-shadow-focus":S,"--n-loading-color":H,"--n-caret-color-warning":c,"--n-color-focus-warning":w,"--n-box-shadow-focus-warning":T,"--n-border-warning":E,"--n-border-focus-warning":D,"--n-border-hover-warning":O,"--n-loading-color-warning":W,"--n-caret-color-error":s,"--n-color-focus-error":k,"--n-box-shadow-focus-error":A,"--n-border-error":j,"--n-border-focus-error":M,"--n-border-hover-error":N,"--n-loading-color-error":U,"--n-clear-color":te,"--n-clear-size":ee,"--n-clear-color-hover":F,"--n-clear-color-pressed":ne,"--n-icon-color":I,"--n-icon-color-hover":B,"--n-icon-color-pressed":V,"--n-icon-color-disabled":re,"--n-suffix-text-color":L}}),ft=s?o(`input`,R(()=>{let{value:e}=P;return e[0]}),dt,e):void 0;return{...lt,wrapperElRef:f,inputElRef:_,inputMirrorElRef:g,inputEl2Ref:S,textareaElRef:m,textareaMirrorElRef:h,textareaScrollbarInstRef:T,rtlEnabled:ut,uncontrolledValue:D,mergedValue:k,passwordVisible:q,mergedPlaceholder:W,showPlaceholder1:ce,showPlaceholder2:le,mergedFocus:G,isComposing:V,activated:H,showClearButton:de,mergedSize:P,mergedDisabled:I,textDecorationStyle:fe,mergedClsPrefix:t,mergedBordered:a,mergedShowPasswordOn:K,placeholderStyle:at,mergedStatus:re,textAreaScrollContainerWidth:pe,handleTextAreaScroll:ot,handleCompositionStart:je,handleCompositionEnd:Me,handleInput:Q,handleInputBlur:Pe,handleInputFocus:Fe,handleWrapperBlur:Ie,handleWrapperFocus:Le,handleMouseEnter:Ue,handleMouseLeave:We,handleMouseDown:He,handleChange:Re,handleClick:ze,handleClear:Be,handlePasswordToggleClick:Ge,handlePasswordToggleMousedown:Ke,handleWrapperKeydown:Je,handleWrapperKeyup:qe,handleTextAreaMirrorResize:it,getTextareaScrollContainer:()=>m.value,mergedTheme:d,cssVars:s?void 0:dt,themeClass:ft?.themeClass,onRender:ft?.onRender}},render(){let{mergedClsPrefix:e,mergedStatus:n,themeClass:r,type:i,countGraphemes:a,onRender:o}=this,s=this.$slots;return o?.(),N(),z(`div`,{ref:`wrapperElRef`,class:m([`${e}-input`,`${e}-input--${this.mergedSize}-size`,r,n&&`${e}-input--${n}-status`,{[`${e}-input--rtl`]:this.rtlEnabled,[`${e}-input--disabled`]:this.mergedDisabled,[`${e}-input--textarea`]:i===`textarea`,[`${e}-input--resizable`]:this.resizable&&!this.autosize,[`${e}-input--autosize`]:this.autosize,[`${e}-input--round`]:this.round&&i!==`textarea`,[`${e}-input--pair`]:this.pair,[`${e}-input--focus`]:this.mergedFocus,[`${e}-input--stateful`]:this.stateful}]),style:W(this.cssVars),tabindex:!this.mergedDisabled&&this.passivelyActivated&&!this.activated?0:void 0,onFocus:this.handleWrapperFocus,onBlur:this.handleWrapperBlur,onClick:this.handleClick,onMousedown:this.handleMouseDown,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd,onKeyup:this.handleWrapperKeyup,onKeydown:this.handleWrapperKeydown},[V(`div`,{class:m(`${e}-input-wrapper`)},[g(()=>h(s.prefix,t=>t&&(N(),z(`div`,{class:m(`${e}-input__prefix`)},[g(()=>t)],2)))),i===`textarea`?(N(),I(le,{key:0,ref:`textareaScrollbarInstRef`,class:m(`${e}-input__textarea`),container:this.getTextareaScrollContainer,theme:this.theme?.peers?.Scrollbar,themeOverrides:this.themeOverrides?.peers?.Scrollbar,triggerDisplayManually:!0,useUnifiedContainer:!0,internalHoistYRail:!0},{default:()=>{let{textAreaScrollContainerWidth:t}=this,n={width:this.autosize&&t&&`${t}px`};return N(),z(L,null,[V(`textarea`,U(this.inputProps,{ref:`textareaElRef`,class:[`${e}-input__textarea-el`,this.inputProps?.class],autofocus:this.autofocus,rows:Number(this.rows),placeholder:this.placeholder,value:this.mergedValue,disabled:this.mergedDisabled,maxlength:a?void 0:this.maxlength,minlength:a?void 0:this.minlength,readonly:this.readonly,tabindex:this.passivelyActivated&&!this.activated?-1:void 0,style:[this.textDecorationStyle[0],this.inputProps?.style,n],onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,2)},onInput:this.handleInput,onChange:this.handleChange,onScroll:this.handleTextAreaScroll}),null,16,Ce),this.showPlaceholder1?(N(),z(`div`,{class:m(`${e}-input__placeholder`),style:W([this.placeholderStyle,n]),key:`placeholder`},[g(()=>this.mergedPlaceholder[0])],6)):g(()=>null),this.autosize?(N(),I(ce,{key:2,onResize:this.handleTextAreaMirrorResize},{default:()=>(N(),z(`div`,{ref:`textareaMirrorElRef`,class:m(`${e}-input__textarea-mirror`),key:`mirror`},null,2))},1032,[`onResize`])):g(()=>null)],64)}},1032,[`class`,`container`,`theme`,`themeOverrides`])):(N(),z(`div`,{key:1,class:m(`${e}-input__input`)},[V(`input`,U({type:i===`password`&&this.mergedShowPasswordOn&&this.passwordVisible?`text`:i},this.inputProps,{ref:`inputElRef`,class:[`${e}-input__input-el`,this.inputProps?.class],style:[this.textDecorationStyle[0],this.inputProps?.style],tabindex:this.passivelyActivated&&!this.activated?-1:this.inputProps?.tabindex,placeholder:this.mergedPlaceholder[0],disabled:this.mergedDisabled,maxlength:a?void 0:this.maxlength,minlength:a?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[0]:this.mergedValue,readonly:this.readonly,autofocus:this.autofocus,size:this.attrSize,onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,0)},onInput:e=>{this.handleInput(e,0)},onChange:e=>{this.handleChange(e,0)}}),null,16,we),this.showPlaceholder1?(N(),z(`div`,{key:0,class:m(`${e}-input__placeholder`)},[V(`span`,null,[g(()=>this.mergedPlaceholder[0])])],2)):g(()=>null),this.autosize?(N(),z(`div`,{class:m(`${e}-input__input-mirror`),key:`mirror`,ref:`inputMirrorElRef`},`\xA0`,2)):g(()=>null)],2)),g(()=>!this.pair&&h(s.suffix,n=>n||this.clearable||this.showCount||this.mergedShowPasswordOn||this.loading!==void 0?(N(),z(`div`,{key:1,class:m(`${e}-input__suffix`)},[g(()=>[h(s[`clear-icon-placeholder`],t=>(this.clearable||t)&&(N(),I(J,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{placeholder:()=>t,icon:()=>this.$slots[`clear-icon`]?.()},1032,[`clsPrefix`,`show`,`onClear`]))),this.internalLoadingBeforeSuffix?null:n,this.loading===void 0?null:(N(),I(Y,{key:2,clsPrefix:e,loading:this.loading,showArrow:!1,showClear:!1,style:W(this.cssVars)},null,8,[`clsPrefix`,`loading`,`style`])),this.internalLoadingBeforeSuffix?n:null,this.showCount&&this.type!==`textarea`?(N(),I(Se,{key:3},{default:e=>{let{renderCount:t}=this;return t?t(e):s.count?.(e)}},1024)):null,this.mergedShowPasswordOn&&this.type===`password`?(N(),z(`div`,{key:4,class:m(`${e}-input__eye`),onMousedown:this.handlePasswordToggleMousedown,onClick:this.handlePasswordToggleClick},[this.passwordVisible?(N(),z(L,{key:0},[g(()=>t(s[`password-visible-icon`],()=>[(N(),I(C,{clsPrefix:e},{default:()=>(N(),I(K))},1032,[`clsPrefix`]))]))],64)):(N(),z(L,{key:1},[g(()=>t(s[`password-invisible-icon`],()=>[(N(),I(C,{clsPrefix:e},{default:()=>(N(),I(q))},1032,[`clsPrefix`]))]))],64))],42,Te)):null])],2)):null))],2),this.pair?(N(),z(`span`,{key:0,class:m(`${e}-input__separator`)},[g(()=>t(s.separator,()=>[this.separator]))],2)):g(()=>null),this.pair?(N(),z(`div`,{key:2,class:m(`${e}-input-wrapper`)},[V(`div`,{class:m(`${e}-input__input`)},[V(`input`,{ref:`inputEl2Ref`,type:this.type,class:m(`${e}-input__input-el`),tabindex:this.passivelyActivated&&!this.activated?-1:void 0,placeholder:this.mergedPlaceholder[1],disabled:this.mergedDisabled,maxlength:a?void 0:this.maxlength,minlength:a?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[1]:void 0,readonly:this.readonly,style:W(this.textDecorationStyle[1]),onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,1)},onInput:e=>{this.handleInput(e,1)},onChange:e=>{this.handleChange(e,1)}},null,46,Ee),this.showPlaceholder2?(N(),z(`div`,{key:0,class:m(`${e}-input__placeholder`)},[V(`span`,null,[g(()=>this.mergedPlaceholder[1])])],2)):g(()=>null)],2),g(()=>h(s.suffix,t=>(this.clearable||t)&&(N(),z(`div`,{class:m(`${e}-input__suffix`)},[g(()=>[this.clearable&&(N(),I(J,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{icon:()=>s[`clear-icon`]?.(),placeholder:()=>s[`clear-icon-placeholder`]?.()},1032,[`clsPrefix`,`show`,`onClear`])),t])],2))))],2)):g(()=>null),this.mergedBordered?(N(),z(`div`,{key:4,class:m(`${e}-input__border`)},null,2)):g(()=>null),this.mergedBordered?(N(),z(`div`,{key:6,class:m(`${e}-input__state-border`)},null,2)):g(()=>null),this.showCount&&i===`textarea`?(N(),I(Se,{key:8},{default:e=>{let{renderCount:t}=this;return t?t(e):s.count?.(e)}},1024)):g(()=>null)],46,De)}});export{K as a,he as i,ge as n,Y as r,ke as t};