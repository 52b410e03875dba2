import{E as e,K as t,M as n,Mt as r,N as i,Nt as a,Ot as o,P as s,Pt as c,R as l,S as u,T as d,V as f,f as p,j as m,jt as h,kt as g,l as _,s as v,u as y}from"./Button-DA5Pq1uX.js";import{D as b,k as x,x as S}from"./api-D6YFq2Gd.js";import{$ as C,N as w,d as T,l as E,p as D,rt as O,u as k,v as A,w as j,xt as M}from"./runtime-core.esm-bundler-DolcaMW8.js";var N={buttonHeightSmall:`14px`,buttonHeightMedium:`18px`,buttonHeightLarge:`22px`,buttonWidthSmall:`14px`,buttonWidthMedium:`18px`,buttonWidthLarge:`22px`,buttonWidthPressedSmall:`20px`,buttonWidthPressedMedium:`24px`,buttonWidthPressedLarge:`28px`,railHeightSmall:`18px`,railHeightMedium:`22px`,railHeightLarge:`26px`,railWidthSmall:`32px`,railWidthMedium:`40px`,railWidthLarge:`48px`};function P(e){let{primaryColor:t,opacityDisabled:n,borderRadius:r,textColor3:i}=e;return{...N,iconColor:i,textColor:`white`,loadingColor:t,opacityDisabled:n,railColor:`rgba(0, 0, 0, .14)`,railColorActive:t,buttonBoxShadow:`0 1px 4px 0 rgba(0, 0, 0, 0.3), inset 0 0 1px 0 rgba(0, 0, 0, 0.05)`,buttonColor:`#FFF`,railBorderRadiusSmall:r,railBorderRadiusMedium:r,railBorderRadiusLarge:r,buttonBorderRadiusSmall:r,buttonBorderRadiusMedium:r,buttonBorderRadiusLarge:r,boxShadowFocus:`0 0 0 2px ${s(t,{alpha:.2})}`}}var F={name:`Switch`,common:i,self:P},I=g(`switch`,`
 height: var(--n-height);
 min-width: var(--n-width);
 vertical-align: middle;
 user-select: none;
 -webkit-user-select: none;
 display: inline-flex;
 outline: none;
 justify-content: center;
 align-items: center;
`,[h(`children-placeholder`,`
 height: var(--n-rail-height);
 display: flex;
 flex-direction: column;
 overflow: hidden;
 pointer-events: none;
 visibility: hidden;
 `),h(`rail-placeholder`,`
 display: flex;
 flex-wrap: none;
 `),h(`button-placeholder`,`
 width: calc(1.75 * var(--n-rail-height));
 height: var(--n-rail-height);
 `),g(`base-loading`,`
 position: absolute;
 top: 50%;
 left: 50%;
 transform: translateX(-50%) translateY(-50%);
 font-size: calc(var(--n-button-width) - 4px);
 color: var(--n-loading-color);
 transition: color .3s var(--n-bezier);
 `,[_({left:`50%`,top:`50%`,originalTransform:`translateX(-50%) translateY(-50%)`})]),h(`checked, unchecked`,`
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
 `),h(`checked`,`
 right: 0;
 padding-right: calc(1.25 * var(--n-rail-height) - var(--n-offset));
 `),h(`unchecked`,`
 left: 0;
 justify-content: flex-end;
 padding-left: calc(1.25 * var(--n-rail-height) - var(--n-offset));
 `),o(`&:focus`,[h(`rail`,`
 box-shadow: var(--n-box-shadow-focus);
 `)]),r(`round`,[h(`rail`,`border-radius: calc(var(--n-rail-height) / 2);`,[h(`button`,`border-radius: calc(var(--n-button-height) / 2);`)])]),a(`disabled`,[a(`icon`,[r(`rubber-band`,[r(`pressed`,[h(`rail`,[h(`button`,`max-width: var(--n-button-width-pressed);`)])]),h(`rail`,[o(`&:active`,[h(`button`,`max-width: var(--n-button-width-pressed);`)])]),r(`active`,[r(`pressed`,[h(`rail`,[h(`button`,`left: calc(100% - var(--n-offset) - var(--n-button-width-pressed));`)])]),h(`rail`,[o(`&:active`,[h(`button`,`left: calc(100% - var(--n-offset) - var(--n-button-width-pressed));`)])])])])])]),r(`active`,[h(`rail`,[h(`button`,`left: calc(100% - var(--n-button-width) - var(--n-offset))`)])]),h(`rail`,`
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
 `,[h(`button-icon`,`
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
 `,[_()]),h(`button`,`
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
 `)]),r(`active`,[h(`rail`,`background-color: var(--n-rail-color-active);`)]),r(`loading`,[h(`rail`,`
 cursor: wait;
 `)]),r(`disabled`,[h(`rail`,`
 cursor: not-allowed;
 opacity: .5;
 `)])]),L=[`aria-checked`,`tabindex`,`onClick`,`onFocus`,`onBlur`,`onKeyup`,`onKeydown`],R={...m.props,size:String,value:{type:[String,Number,Boolean],default:void 0},loading:Boolean,defaultValue:{type:[String,Number,Boolean],default:!1},disabled:{type:Boolean,default:void 0},round:{type:Boolean,default:!0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],checkedValue:{type:[String,Number,Boolean],default:!0},uncheckedValue:{type:[String,Number,Boolean],default:!1},railStyle:Function,rubberBand:{type:Boolean,default:!0},spinProps:Object,onChange:[Function,Array]},z,B=A({name:`Switch`,props:R,slots:Object,setup(r){z===void 0&&(z=typeof CSS<`u`?CSS.supports!==void 0&&CSS.supports(`width`,`max(1px)`):!0);let{mergedClsPrefixRef:i,inlineThemeDisabled:a,mergedComponentPropsRef:o}=t(r),s=m(`Switch`,`-switch`,I,F,r,i),l=p(r,{mergedSize(e){return r.size===void 0?e?e.mergedSize.value:o?.value?.Switch?.size||`medium`:r.size}}),{mergedSizeRef:u,mergedDisabledRef:d}=l,f=C(r.defaultValue),h=O(r,`value`),g=S(h,f),_=E(()=>g.value===r.checkedValue),v=C(!1),y=C(!1),w=E(()=>{let{railStyle:e}=r;if(e)return e({focused:y.value,checked:_.value})});function T(t){let{"onUpdate:value":n,onChange:i,onUpdateValue:a}=r,{nTriggerFormInput:o,nTriggerFormChange:s}=l;n&&e(n,t),a&&e(a,t),i&&e(i,t),f.value=t,o(),s()}function D(){let{nTriggerFormFocus:e}=l;e()}function k(){let{nTriggerFormBlur:e}=l;e()}function A(){r.loading||d.value||(g.value===r.checkedValue?T(r.uncheckedValue):T(r.checkedValue))}function j(){y.value=!0,D()}function M(){y.value=!1,k(),v.value=!1}function N(e){r.loading||d.value||e.key===` `&&(g.value===r.checkedValue?T(r.uncheckedValue):T(r.checkedValue),v.value=!1)}function P(e){r.loading||d.value||e.key===` `&&(e.preventDefault(),v.value=!0)}let L=E(()=>{let{value:e}=u,{self:{opacityDisabled:t,railColor:n,railColorActive:r,buttonBoxShadow:i,buttonColor:a,boxShadowFocus:o,loadingColor:l,textColor:d,iconColor:f,[c(`buttonHeight`,e)]:p,[c(`buttonWidth`,e)]:m,[c(`buttonWidthPressed`,e)]:h,[c(`railHeight`,e)]:g,[c(`railWidth`,e)]:_,[c(`railBorderRadius`,e)]:v,[c(`buttonBorderRadius`,e)]:y},common:{cubicBezierEaseInOut:S}}=s.value,C,w,T;return z?(C=`calc((${g} - ${p}) / 2)`,w=`max(${g}, ${p})`,T=`max(${_}, calc(${_} + ${p} - ${g}))`):(C=x((b(g)-b(p))/2),w=x(Math.max(b(g),b(p))),T=b(g)>b(p)?_:x(b(_)+b(p)-b(g))),{"--n-bezier":S,"--n-button-border-radius":y,"--n-button-box-shadow":i,"--n-button-color":a,"--n-button-width":m,"--n-button-width-pressed":h,"--n-button-height":p,"--n-height":w,"--n-offset":C,"--n-opacity-disabled":t,"--n-rail-border-radius":v,"--n-rail-color":n,"--n-rail-color-active":r,"--n-rail-height":g,"--n-rail-width":_,"--n-width":T,"--n-box-shadow-focus":o,"--n-loading-color":l,"--n-text-color":d,"--n-icon-color":f}}),R=a?n(`switch`,E(()=>u.value[0]),L,r):void 0;return{handleClick:A,handleBlur:M,handleFocus:j,handleKeyup:N,handleKeydown:P,mergedRailStyle:w,pressed:v,mergedClsPrefix:i,mergedValue:g,checked:_,mergedDisabled:d,cssVars:a?void 0:L,themeClass:R?.themeClass,onRender:R?.onRender}},render(){let{mergedClsPrefix:e,mergedDisabled:t,checked:n,mergedRailStyle:r,onRender:i,$slots:a}=this;i?.();let{checked:o,unchecked:s,icon:c,"checked-icon":p,"unchecked-icon":m}=a,h=!(u(c)&&u(p)&&u(m));return w(),D(`div`,{role:`switch`,"aria-checked":n,class:l([`${e}-switch`,this.themeClass,h&&`${e}-switch--icon`,n&&`${e}-switch--active`,t&&`${e}-switch--disabled`,this.round&&`${e}-switch--round`,this.loading&&`${e}-switch--loading`,this.pressed&&`${e}-switch--pressed`,this.rubberBand&&`${e}-switch--rubber-band`]),tabindex:this.mergedDisabled?void 0:0,style:M(this.cssVars),onClick:this.handleClick,onFocus:this.handleFocus,onBlur:this.handleBlur,onKeyup:this.handleKeyup,onKeydown:this.handleKeydown},[k(`div`,{class:l(`${e}-switch__rail`),"aria-hidden":`true`,style:M(r)},[f(()=>d(o,t=>d(s,n=>t||n?(w(),D(`div`,{key:4,"aria-hidden":!0,class:l(`${e}-switch__children-placeholder`)},[k(`div`,{class:l(`${e}-switch__rail-placeholder`)},[k(`div`,{class:l(`${e}-switch__button-placeholder`)},null,2),f(()=>t)],2),k(`div`,{class:l(`${e}-switch__rail-placeholder`)},[k(`div`,{class:l(`${e}-switch__button-placeholder`)},null,2),f(()=>n)],2)],2)):null))),k(`div`,{class:l(`${e}-switch__button`)},[f(()=>d(c,t=>d(p,n=>d(m,r=>(w(),T(y,null,{default:()=>this.loading?(w(),T(v,j({key:`loading`,clsPrefix:e,strokeWidth:20},this.spinProps),null,16,[`clsPrefix`])):this.checked&&(n||t)?(w(),D(`div`,{class:l(`${e}-switch__button-icon`),key:n?`checked-icon`:`icon`},[f(()=>n||t)],2)):!this.checked&&(r||t)?(w(),D(`div`,{class:l(`${e}-switch__button-icon`),key:r?`unchecked-icon`:`icon`},[f(()=>r||t)],2)):null},1024)))))),f(()=>d(o,t=>t&&(w(),D(`div`,{key:`checked`,class:l(`${e}-switch__checked`)},[f(()=>t)],2)))),f(()=>d(s,t=>t&&(w(),D(`div`,{key:`unchecked`,class:l(`${e}-switch__unchecked`)},[f(()=>t)],2))))],2)],6)],46,L)}});export{B as t};