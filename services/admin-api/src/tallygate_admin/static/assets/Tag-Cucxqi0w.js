import{$ as e,N as t,P as n,d as r,h as i,i as a,l as o,p as s,r as c,rt as l,u,v as d,xt as f}from"./runtime-core.esm-bundler-DolcaMW8.js";import{At as p,D as m,F as h,Ft as g,H as _,M as v,Mt as y,N as b,Nt as x,P as S,Pt as C,T as w,X as T,b as E,kt as D,q as O,y as k,z as A}from"./Button-b-t6E8qV.js";import{A as j,p as M}from"./api-2UHzveea.js";function N(e,t){return o(()=>{for(let n of t)if(e[n]!==void 0)return e[n];return e[t[t.length-1]]})}function P(e,t=!0,n=[]){return e.forEach(e=>{if(e!==null){if(typeof e!=`object`)(typeof e==`string`||typeof e==`number`)&&n.push(i(String(e)));else if(Array.isArray(e))P(e,t,n);else if(e.type===a){if(e.children===null)return;Array.isArray(e.children)&&P(e.children,t,n)}else{if(e.type===c&&t)return;n.push(e)}}}),n}var F={closeIconSizeTiny:`12px`,closeIconSizeSmall:`12px`,closeIconSizeMedium:`14px`,closeIconSizeLarge:`14px`,closeSizeTiny:`16px`,closeSizeSmall:`16px`,closeSizeMedium:`18px`,closeSizeLarge:`18px`,padding:`0 7px`,closeMargin:`0 0 0 4px`};function I(e){let{textColor2:t,primaryColorHover:n,primaryColorPressed:r,primaryColor:i,infoColor:a,successColor:o,warningColor:s,errorColor:c,baseColor:l,borderColor:u,opacityDisabled:d,tagColor:f,closeIconColor:p,closeIconColorHover:m,closeIconColorPressed:g,borderRadiusSmall:_,fontSizeMini:v,fontSizeTiny:y,fontSizeSmall:b,fontSizeMedium:x,heightMini:S,heightTiny:C,heightSmall:w,heightMedium:T,closeColorHover:E,closeColorPressed:D,buttonColor2Hover:O,buttonColor2Pressed:k,fontWeightStrong:A}=e;return{...F,closeBorderRadius:_,heightTiny:S,heightSmall:C,heightMedium:w,heightLarge:T,borderRadius:_,opacityDisabled:d,fontSizeTiny:v,fontSizeSmall:y,fontSizeMedium:b,fontSizeLarge:x,fontWeightStrong:A,textColorCheckable:t,textColorHoverCheckable:t,textColorPressedCheckable:t,textColorChecked:l,colorCheckable:`#0000`,colorHoverCheckable:O,colorPressedCheckable:k,colorChecked:i,colorCheckedHover:n,colorCheckedPressed:r,border:`1px solid ${u}`,textColor:t,color:f,colorBordered:`rgb(250, 250, 252)`,closeIconColor:p,closeIconColorHover:m,closeIconColorPressed:g,closeColorHover:E,closeColorPressed:D,borderPrimary:`1px solid ${h(i,{alpha:.3})}`,textColorPrimary:i,colorPrimary:h(i,{alpha:.12}),colorBorderedPrimary:h(i,{alpha:.1}),closeIconColorPrimary:i,closeIconColorHoverPrimary:i,closeIconColorPressedPrimary:i,closeColorHoverPrimary:h(i,{alpha:.12}),closeColorPressedPrimary:h(i,{alpha:.18}),borderInfo:`1px solid ${h(a,{alpha:.3})}`,textColorInfo:a,colorInfo:h(a,{alpha:.12}),colorBorderedInfo:h(a,{alpha:.1}),closeIconColorInfo:a,closeIconColorHoverInfo:a,closeIconColorPressedInfo:a,closeColorHoverInfo:h(a,{alpha:.12}),closeColorPressedInfo:h(a,{alpha:.18}),borderSuccess:`1px solid ${h(o,{alpha:.3})}`,textColorSuccess:o,colorSuccess:h(o,{alpha:.12}),colorBorderedSuccess:h(o,{alpha:.1}),closeIconColorSuccess:o,closeIconColorHoverSuccess:o,closeIconColorPressedSuccess:o,closeColorHoverSuccess:h(o,{alpha:.12}),closeColorPressedSuccess:h(o,{alpha:.18}),borderWarning:`1px solid ${h(s,{alpha:.35})}`,textColorWarning:s,colorWarning:h(s,{alpha:.15}),colorBorderedWarning:h(s,{alpha:.12}),closeIconColorWarning:s,closeIconColorHoverWarning:s,closeIconColorPressedWarning:s,closeColorHoverWarning:h(s,{alpha:.12}),closeColorPressedWarning:h(s,{alpha:.18}),borderError:`1px solid ${h(c,{alpha:.23})}`,textColorError:c,colorError:h(c,{alpha:.1}),colorBorderedError:h(c,{alpha:.08}),closeIconColorError:c,closeIconColorHoverError:c,closeIconColorPressedError:c,closeColorHoverError:h(c,{alpha:.12}),closeColorPressedError:h(c,{alpha:.18})}}var L={name:`Tag`,common:S,self:I},R={color:Object,type:{type:String,default:`default`},round:Boolean,size:String,closable:Boolean,disabled:{type:Boolean,default:void 0}},z=p(`tag`,`
 --n-close-margin: var(--n-close-margin-top) var(--n-close-margin-right) var(--n-close-margin-bottom) var(--n-close-margin-left);
 white-space: nowrap;
 position: relative;
 box-sizing: border-box;
 cursor: default;
 display: inline-flex;
 align-items: center;
 flex-wrap: nowrap;
 padding: var(--n-padding);
 border-radius: var(--n-border-radius);
 color: var(--n-text-color);
 background-color: var(--n-color);
 transition: 
 border-color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 line-height: 1;
 height: var(--n-height);
 font-size: var(--n-font-size);
`,[x(`strong`,`
 font-weight: var(--n-font-weight-strong);
 `),y(`border`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 border-radius: inherit;
 border: var(--n-border);
 transition: border-color .3s var(--n-bezier);
 `),y(`icon`,`
 display: flex;
 margin: 0 4px 0 0;
 color: var(--n-text-color);
 transition: color .3s var(--n-bezier);
 font-size: var(--n-avatar-size-override);
 `),y(`avatar`,`
 display: flex;
 margin: 0 6px 0 0;
 `),y(`close`,`
 margin: var(--n-close-margin);
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `),x(`round`,`
 padding: 0 calc(var(--n-height) / 3);
 border-radius: calc(var(--n-height) / 2);
 `,[y(`icon`,`
 margin: 0 4px 0 calc((var(--n-height) - 8px) / -2);
 `),y(`avatar`,`
 margin: 0 6px 0 calc((var(--n-height) - 8px) / -2);
 `),x(`closable`,`
 padding: 0 calc(var(--n-height) / 4) 0 calc(var(--n-height) / 3);
 `)]),x(`icon, avatar`,[x(`round`,`
 padding: 0 calc(var(--n-height) / 3) 0 calc(var(--n-height) / 2);
 `)]),x(`disabled`,`
 cursor: not-allowed !important;
 opacity: var(--n-opacity-disabled);
 `),x(`checkable`,`
 cursor: pointer;
 box-shadow: none;
 color: var(--n-text-color-checkable);
 background-color: var(--n-color-checkable);
 `,[C(`disabled`,[D(`&:hover`,`background-color: var(--n-color-hover-checkable);`,[C(`checked`,`color: var(--n-text-color-hover-checkable);`)]),D(`&:active`,`background-color: var(--n-color-pressed-checkable);`,[C(`checked`,`color: var(--n-text-color-pressed-checkable);`)])]),x(`checked`,`
 color: var(--n-text-color-checked);
 background-color: var(--n-color-checked);
 `,[C(`disabled`,[D(`&:hover`,`background-color: var(--n-color-checked-hover);`),D(`&:active`,`background-color: var(--n-color-checked-pressed);`)])])])]),B=[`onClick`,`onMouseenter`,`onMouseleave`],V={...v.props,...R,bordered:{type:Boolean,default:void 0},checked:Boolean,checkable:Boolean,strong:Boolean,triggerClickOnClose:Boolean,onClose:[Array,Function],onMouseenter:Function,onMouseleave:Function,"onUpdate:checked":Function,onUpdateChecked:Function,internalCloseFocusable:{type:Boolean,default:!0},internalCloseIsButtonTag:{type:Boolean,default:!0},onCheckedChange:Function},H=T(`n-tag`),U=d({name:`Tag`,props:V,slots:Object,setup(t){let r=e(null),{mergedBorderedRef:i,mergedClsPrefixRef:a,inlineThemeDisabled:s,mergedRtlRef:c,mergedComponentPropsRef:u}=O(t),d=o(()=>t.size||u?.value?.Tag?.size||`medium`),f=v(`Tag`,`-tag`,z,L,t,a);n(H,{roundRef:l(t,`round`)});function p(){if(!t.disabled&&t.checkable){let{checked:e,onCheckedChange:n,onUpdateChecked:r,"onUpdate:checked":i}=t;r&&r(!e),i&&i(!e),n&&n(!e)}}function h(e){if(t.triggerClickOnClose||e.stopPropagation(),!t.disabled){let{onClose:n}=t;n&&m(n,e)}}let _={setTextContent(e){let{value:t}=r;t&&(t.textContent=e)}},y=E(`Tag`,c,a),x=o(()=>{let{type:e,color:{color:n,textColor:r}={}}=t,a=d.value,{common:{cubicBezierEaseInOut:o},self:{padding:s,closeMargin:c,borderRadius:l,opacityDisabled:u,textColorCheckable:p,textColorHoverCheckable:m,textColorPressedCheckable:h,textColorChecked:_,colorCheckable:v,colorHoverCheckable:y,colorPressedCheckable:b,colorChecked:x,colorCheckedHover:S,colorCheckedPressed:C,closeBorderRadius:w,fontWeightStrong:T,[g(`colorBordered`,e)]:E,[g(`closeSize`,a)]:D,[g(`closeIconSize`,a)]:O,[g(`fontSize`,a)]:k,[g(`height`,a)]:A,[g(`color`,e)]:M,[g(`textColor`,e)]:N,[g(`border`,e)]:P,[g(`closeIconColor`,e)]:F,[g(`closeIconColorHover`,e)]:I,[g(`closeIconColorPressed`,e)]:L,[g(`closeColorHover`,e)]:R,[g(`closeColorPressed`,e)]:z}}=f.value,B=j(c);return{"--n-font-weight-strong":T,"--n-avatar-size-override":`calc(${A} - 8px)`,"--n-bezier":o,"--n-border-radius":l,"--n-border":P,"--n-close-icon-size":O,"--n-close-color-pressed":z,"--n-close-color-hover":R,"--n-close-border-radius":w,"--n-close-icon-color":F,"--n-close-icon-color-hover":I,"--n-close-icon-color-pressed":L,"--n-close-icon-color-disabled":F,"--n-close-margin-top":B.top,"--n-close-margin-right":B.right,"--n-close-margin-bottom":B.bottom,"--n-close-margin-left":B.left,"--n-close-size":D,"--n-color":n||(i.value?E:M),"--n-color-checkable":v,"--n-color-checked":x,"--n-color-checked-hover":S,"--n-color-checked-pressed":C,"--n-color-hover-checkable":y,"--n-color-pressed-checkable":b,"--n-font-size":k,"--n-height":A,"--n-opacity-disabled":u,"--n-padding":s,"--n-text-color":r||N,"--n-text-color-checkable":p,"--n-text-color-checked":_,"--n-text-color-hover-checkable":m,"--n-text-color-pressed-checkable":h}}),S=s?b(`tag`,o(()=>{let e=``,{type:n,color:{color:r,textColor:a}={}}=t;return e+=n[0],e+=d.value[0],r&&(e+=`a${k(r)}`),a&&(e+=`b${k(a)}`),i.value&&(e+=`c`),e}),x,t):void 0;return{..._,rtlEnabled:y,mergedClsPrefix:a,contentRef:r,mergedBordered:i,handleClick:p,handleCloseClick:h,cssVars:s?void 0:x,themeClass:S?.themeClass,onRender:S?.onRender}},render(){let{mergedClsPrefix:e,rtlEnabled:n,closable:i,color:{borderColor:a}={},round:o,onRender:c,$slots:l}=this;c?.();let d=w(l.avatar,n=>n&&(t(),s(`div`,{class:A(`${e}-tag__avatar`)},[_(()=>n)],2))),p=w(l.icon,n=>n&&(t(),s(`div`,{class:A(`${e}-tag__icon`)},[_(()=>n)],2)));return t(),s(`div`,{class:A([`${e}-tag`,this.themeClass,{[`${e}-tag--rtl`]:n,[`${e}-tag--strong`]:this.strong,[`${e}-tag--disabled`]:this.disabled,[`${e}-tag--checkable`]:this.checkable,[`${e}-tag--checked`]:this.checkable&&this.checked,[`${e}-tag--round`]:o,[`${e}-tag--avatar`]:d,[`${e}-tag--icon`]:p,[`${e}-tag--closable`]:i}]),style:f(this.cssVars),onClick:this.handleClick,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseleave},[_(()=>p||d),u(`span`,{class:A(`${e}-tag__content`),ref:`contentRef`},[_(()=>this.$slots.default?.())],2),!this.checkable&&i?(t(),r(M,{key:0,clsPrefix:e,class:A(`${e}-tag__close`),disabled:this.disabled,onClick:this.handleCloseClick,focusable:this.internalCloseFocusable,round:o,isButtonTag:this.internalCloseIsButtonTag,absolute:!0},null,8,[`clsPrefix`,`class`,`disabled`,`onClick`,`focusable`,`round`,`isButtonTag`])):_(()=>null),!this.checkable&&this.mergedBordered?(t(),s(`div`,{key:2,class:A(`${e}-tag__border`),style:f({borderColor:a})},null,6)):_(()=>null)],46,B)}});export{P as a,L as i,H as n,N as o,R as r,U as t};