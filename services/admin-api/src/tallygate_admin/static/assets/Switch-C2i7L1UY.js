import{At as e,D as t,F as n,Ft as r,H as i,M as a,Mt as o,N as s,Nt as c,P as l,Pt as u,S as d,T as f,f as p,kt as m,l as h,q as g,s as _,u as v,z as y}from"./Button-b-t6E8qV.js";import{O as b,j as x,x as S}from"./api-2UHzveea.js";import{$ as C,N as w,d as T,l as E,p as D,rt as O,u as k,v as A,w as j,xt as M}from"./runtime-core.esm-bundler-DolcaMW8.js";var N={buttonHeightSmall:`14px`,buttonHeightMedium:`18px`,buttonHeightLarge:`22px`,buttonWidthSmall:`14px`,buttonWidthMedium:`18px`,buttonWidthLarge:`22px`,buttonWidthPressedSmall:`20px`,buttonWidthPressedMedium:`24px`,buttonWidthPressedLarge:`28px`,railHeightSmall:`18px`,railHeightMedium:`22px`,railHeightLarge:`26px`,railWidthSmall:`32px`,railWidthMedium:`40px`,railWidthLarge:`48px`};function P(e){let{primaryColor:t,opacityDisabled:r,borderRadius:i,textColor3:a}=e;return{...N,iconColor:a,textColor:`white`,loadingColor:t,opacityDisabled:r,railColor:`rgba(0, 0, 0, .14)`,railColorActive:t,buttonBoxShadow:`0 1px 4px 0 rgba(0, 0, 0, 0.3), inset 0 0 1px 0 rgba(0, 0, 0, 0.05)`,buttonColor:`#FFF`,railBorderRadiusSmall:i,railBorderRadiusMedium:i,railBorderRadiusLarge:i,buttonBorderRadiusSmall:i,buttonBorderRadiusMedium:i,buttonBorderRadiusLarge:i,boxShadowFocus:`0 0 0 2px ${n(t,{alpha:.2})}`}}var F={name:`Switch`,common:l,self:P},I=e(`switch`,`
 height: var(--n-height);
 min-width: var(--n-width);
 vertical-align: middle;
 user-select: none;
 -webkit-user-select: none;
 display: inline-flex;
 outline: none;
 justify-content: center;
 align-items: center;
`,[o(`children-placeholder`,`
 height: var(--n-rail-height);
 display: flex;
 flex-direction: column;
 overflow: hidden;
 pointer-events: none;
 visibility: hidden;
 `),o(`rail-placeholder`,`
 display: flex;
 flex-wrap: none;
 `),o(`button-placeholder`,`
 width: calc(1.75 * var(--n-rail-height));
 height: var(--n-rail-height);
 `),e(`base-loading`,`
 position: absolute;
 top: 50%;
 left: 50%;
 transform: translateX(-50%) translateY(-50%);
 font-size: calc(var(--n-button-width) - 4px);
 color: var(--n-loading-color);
 transition: color .3s var(--n-bezier);
 `,[h({left:`50%`,top:`50%`,originalTransform:`translateX(-50%) translateY(-50%)`})]),o(`checked, unchecked`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 box-sizing: border-box;
 position: absolute;
 white-space: nowrap;
 top: 0;
 bottom: 0;
 display: flex;
 align-items: center;
 line-height: 1;
 `),o(`checked`,`
 right: 0;
 padding-right: calc(1.25 * var(--n-rail-height) - var(--n-offset));
 `),o(`unchecked`,`
 left: 0;
 justify-content: flex-end;
 padding-left: calc(1.25 * var(--n-rail-height) - var(--n-offset));
 `),m(`&:focus`,[o(`rail`,`
 box-shadow: var(--n-box-shadow-focus);
 `)]),c(`round`,[o(`rail`,`border-radius: calc(var(--n-rail-height) / 2);`,[o(`button`,`border-radius: calc(var(--n-button-height) / 2);`)])]),u(`disabled`,[u(`icon`,[c(`rubber-band`,[c(`pressed`,[o(`rail`,[o(`button`,`max-width: var(--n-button-width-pressed);`)])]),o(`rail`,[m(`&:active`,[o(`button`,`max-width: var(--n-button-width-pressed);`)])]),c(`active`,[c(`pressed`,[o(`rail`,[o(`button`,`left: calc(100% - var(--n-offset) - var(--n-button-width-pressed));`)])]),o(`rail`,[m(`&:active`,[o(`button`,`left: calc(100% - var(--n-offset) - var(--n-button-width-pressed));`)])])])])])]),c(`active`,[o(`rail`,[o(`button`,`left: calc(100% - var(--n-button-width) - var(--n-offset))`)])]),o(`rail`,`
 overflow: hidden;
 height: var(--n-rail-height);
 min-width: var(--n-rail-width);
 border-radius: var(--n-rail-border-radius);
 cursor: pointer;
 position: relative;
 transition:
 opacity .3s var(--n-bezier),
 background .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 background-color: var(--n-rail-color);
 `,[o(`button-icon`,`
 color: var(--n-icon-color);
 transition: color .3s var(--n-bezier);
 font-size: calc(var(--n-button-height) - 4px);
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 display: flex;
 justify-content: center;
 align-items: center;
 line-height: 1;
 `,[h()]),o(`button`,`
 align-items: center; 
 top: var(--n-offset);
 left: var(--n-offset);
 height: var(--n-button-height);
 width: var(--n-button-width-pressed);
 max-width: var(--n-button-width);
 border-radius: var(--n-button-border-radius);
 background-color: var(--n-button-color);
 box-shadow: var(--n-button-box-shadow);
 box-sizing: border-box;
 cursor: inherit;
 content: "";
 position: absolute;
 transition:
 background-color .3s var(--n-bezier),
 left .3s var(--n-bezier),
 opacity .3s var(--n-bezier),
 max-width .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 `)]),c(`active`,[o(`rail`,`background-color: var(--n-rail-color-active);`)]),c(`loading`,[o(`rail`,`
 cursor: wait;
 `)]),c(`disabled`,[o(`rail`,`
 cursor: not-allowed;
 opacity: .5;
 `)])]),L=[`aria-checked`,`tabindex`,`onClick`,`onFocus`,`onBlur`,`onKeyup`,`onKeydown`],R={...a.props,size:String,value:{type:[String,Number,Boolean],default:void 0},loading:Boolean,defaultValue:{type:[String,Number,Boolean],default:!1},disabled:{type:Boolean,default:void 0},round:{type:Boolean,default:!0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],checkedValue:{type:[String,Number,Boolean],default:!0},uncheckedValue:{type:[String,Number,Boolean],default:!1},railStyle:Function,rubberBand:{type:Boolean,default:!0},spinProps:Object,onChange:[Function,Array]},z,B=A({name:`Switch`,props:R,slots:Object,setup(e){z===void 0&&(z=typeof CSS<`u`?CSS.supports!==void 0&&CSS.supports(`width`,`max(1px)`):!0);let{mergedClsPrefixRef:n,inlineThemeDisabled:i,mergedComponentPropsRef:o}=g(e),c=a(`Switch`,`-switch`,I,F,e,n),l=p(e,{mergedSize(t){return e.size===void 0?t?t.mergedSize.value:o?.value?.Switch?.size||`medium`:e.size}}),{mergedSizeRef:u,mergedDisabledRef:d}=l,f=C(e.defaultValue),m=O(e,`value`),h=S(m,f),_=E(()=>h.value===e.checkedValue),v=C(!1),y=C(!1),w=E(()=>{let{railStyle:t}=e;if(t)return t({focused:y.value,checked:_.value})});function T(n){let{"onUpdate:value":r,onChange:i,onUpdateValue:a}=e,{nTriggerFormInput:o,nTriggerFormChange:s}=l;r&&t(r,n),a&&t(a,n),i&&t(i,n),f.value=n,o(),s()}function D(){let{nTriggerFormFocus:e}=l;e()}function k(){let{nTriggerFormBlur:e}=l;e()}function A(){e.loading||d.value||(h.value===e.checkedValue?T(e.uncheckedValue):T(e.checkedValue))}function j(){y.value=!0,D()}function M(){y.value=!1,k(),v.value=!1}function N(t){e.loading||d.value||t.key===` `&&(h.value===e.checkedValue?T(e.uncheckedValue):T(e.checkedValue),v.value=!1)}function P(t){e.loading||d.value||t.key===` `&&(t.preventDefault(),v.value=!0)}let L=E(()=>{let{value:e}=u,{self:{opacityDisabled:t,railColor:n,railColorActive:i,buttonBoxShadow:a,buttonColor:o,boxShadowFocus:s,loadingColor:l,textColor:d,iconColor:f,[r(`buttonHeight`,e)]:p,[r(`buttonWidth`,e)]:m,[r(`buttonWidthPressed`,e)]:h,[r(`railHeight`,e)]:g,[r(`railWidth`,e)]:_,[r(`railBorderRadius`,e)]:v,[r(`buttonBorderRadius`,e)]:y},common:{cubicBezierEaseInOut:S}}=c.value,C,w,T;return z?(C=`calc((${g} - ${p}) / 2)`,w=`max(${g}, ${p})`,T=`max(${_}, calc(${_} + ${p} - ${g}))`):(C=x((b(g)-b(p))/2),w=x(Math.max(b(g),b(p))),T=b(g)>b(p)?_:x(b(_)+b(p)-b(g))),{"--n-bezier":S,"--n-button-border-radius":y,"--n-button-box-shadow":a,"--n-button-color":o,"--n-button-width":m,"--n-button-width-pressed":h,"--n-button-height":p,"--n-height":w,"--n-offset":C,"--n-opacity-disabled":t,"--n-rail-border-radius":v,"--n-rail-color":n,"--n-rail-color-active":i,"--n-rail-height":g,"--n-rail-width":_,"--n-width":T,"--n-box-shadow-focus":s,"--n-loading-color":l,"--n-text-color":d,"--n-icon-color":f}}),R=i?s(`switch`,E(()=>u.value[0]),L,e):void 0;return{handleClick:A,handleBlur:M,handleFocus:j,handleKeyup:N,handleKeydown:P,mergedRailStyle:w,pressed:v,mergedClsPrefix:n,mergedValue:h,checked:_,mergedDisabled:d,cssVars:i?void 0:L,themeClass:R?.themeClass,onRender:R?.onRender}},render(){let{mergedClsPrefix:e,mergedDisabled:t,checked:n,mergedRailStyle:r,onRender:a,$slots:o}=this;a?.();let{checked:s,unchecked:c,icon:l,"checked-icon":u,"unchecked-icon":p}=o,m=!(d(l)&&d(u)&&d(p));return w(),D(`div`,{role:`switch`,"aria-checked":n,class:y([`${e}-switch`,this.themeClass,m&&`${e}-switch--icon`,n&&`${e}-switch--active`,t&&`${e}-switch--disabled`,this.round&&`${e}-switch--round`,this.loading&&`${e}-switch--loading`,this.pressed&&`${e}-switch--pressed`,this.rubberBand&&`${e}-switch--rubber-band`]),tabindex:this.mergedDisabled?void 0:0,style:M(this.cssVars),onClick:this.handleClick,onFocus:this.handleFocus,onBlur:this.handleBlur,onKeyup:this.handleKeyup,onKeydown:this.handleKeydown},[k(`div`,{class:y(`${e}-switch__rail`),"aria-hidden":`true`,style:M(r)},[i(()=>f(s,t=>f(c,n=>t||n?(w(),D(`div`,{key:4,"aria-hidden":!0,class:y(`${e}-switch__children-placeholder`)},[k(`div`,{class:y(`${e}-switch__rail-placeholder`)},[k(`div`,{class:y(`${e}-switch__button-placeholder`)},null,2),i(()=>t)],2),k(`div`,{class:y(`${e}-switch__rail-placeholder`)},[k(`div`,{class:y(`${e}-switch__button-placeholder`)},null,2),i(()=>n)],2)],2)):null))),k(`div`,{class:y(`${e}-switch__button`)},[i(()=>f(l,t=>f(u,n=>f(p,r=>(w(),T(v,null,{default:()=>this.loading?(w(),T(_,j({key:`loading`,clsPrefix:e,strokeWidth:20},this.spinProps),null,16,[`clsPrefix`])):this.checked&&(n||t)?(w(),D(`div`,{class:y(`${e}-switch__button-icon`),key:n?`checked-icon`:`icon`},[i(()=>n||t)],2)):!this.checked&&(r||t)?(w(),D(`div`,{class:y(`${e}-switch__button-icon`),key:r?`unchecked-icon`:`icon`},[i(()=>r||t)],2)):null},1024)))))),i(()=>f(s,t=>t&&(w(),D(`div`,{key:`checked`,class:y(`${e}-switch__checked`)},[i(()=>t)],2)))),i(()=>f(c,t=>t&&(w(),D(`div`,{key:`unchecked`,class:y(`${e}-switch__unchecked`)},[i(()=>t)],2))))],2)],6)],46,L)}});export{B as t};