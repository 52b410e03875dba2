import{$ as e,N as t,P as n,d as r,h as i,i as a,l as o,p as s,r as c,rt as l,u,v as d,xt as f}from"./runtime-core.esm-bundler-DolcaMW8.js";import{E as p,K as m,M as h,Mt as g,N as _,Nt as v,Ot as y,P as b,Pt as x,R as S,T as C,V as w,Y as T,b as E,j as D,jt as O,kt as k,y as A}from"./Button-DA5Pq1uX.js";import{O as j,p as M}from"./api-D6YFq2Gd.js";function N(e,t){return o(()=>{for(let n of t)if(e[n]!==void 0)return e[n];return e[t[t.length-1]]})}function P(e,t=!0,n=[]){return e.forEach(e=>{if(e!==null){if(typeof e!=`object`)(typeof e==`string`||typeof e==`number`)&&n.push(i(String(e)));else if(Array.isArray(e))P(e,t,n);else if(e.type===a){if(e.children===null)return;Array.isArray(e.children)&&P(e.children,t,n)}else{if(e.type===c&&t)return;n.push(e)}}}),n}var F={closeIconSizeTiny:`12px`,closeIconSizeSmall:`12px`,closeIconSizeMedium:`14px`,closeIconSizeLarge:`14px`,closeSizeTiny:`16px`,closeSizeSmall:`16px`,closeSizeMedium:`18px`,closeSizeLarge:`18px`,padding:`0 7px`,closeMargin:`0 0 0 4px`};function I(e){let{textColor2:t,primaryColorHover:n,primaryColorPressed:r,primaryColor:i,infoColor:a,successColor:o,warningColor:s,errorColor:c,baseColor:l,borderColor:u,opacityDisabled:d,tagColor:f,closeIconColor:p,closeIconColorHover:m,closeIconColorPressed:h,borderRadiusSmall:g,fontSizeMini:_,fontSizeTiny:v,fontSizeSmall:y,fontSizeMedium:x,heightMini:S,heightTiny:C,heightSmall:w,heightMedium:T,closeColorHover:E,closeColorPressed:D,buttonColor2Hover:O,buttonColor2Pressed:k,fontWeightStrong:A}=e;return{...F,closeBorderRadius:g,heightTiny:S,heightSmall:C,heightMedium:w,heightLarge:T,borderRadius:g,opacityDisabled:d,fontSizeTiny:_,fontSizeSmall:v,fontSizeMedium:y,fontSizeLarge:x,fontWeightStrong:A,textColorCheckable:t,textColorHoverCheckable:t,textColorPressedCheckable:t,textColorChecked:l,colorCheckable:`#0000`,colorHoverCheckable:O,colorPressedCheckable:k,colorChecked:i,colorCheckedHover:n,colorCheckedPressed:r,border:`1px solid ${u}`,textColor:t,color:f,colorBordered:`rgb(250, 250, 252)`,closeIconColor:p,closeIconColorHover:m,closeIconColorPressed:h,closeColorHover:E,closeColorPressed:D,borderPrimary:`1px solid ${b(i,{alpha:.3})}`,textColorPrimary:i,colorPrimary:b(i,{alpha:.12}),colorBorderedPrimary:b(i,{alpha:.1}),closeIconColorPrimary:i,closeIconColorHoverPrimary:i,closeIconColorPressedPrimary:i,closeColorHoverPrimary:b(i,{alpha:.12}),closeColorPressedPrimary:b(i,{alpha:.18}),borderInfo:`1px solid ${b(a,{alpha:.3})}`,textColorInfo:a,colorInfo:b(a,{alpha:.12}),colorBorderedInfo:b(a,{alpha:.1}),closeIconColorInfo:a,closeIconColorHoverInfo:a,closeIconColorPressedInfo:a,closeColorHoverInfo:b(a,{alpha:.12}),closeColorPressedInfo:b(a,{alpha:.18}),borderSuccess:`1px solid ${b(o,{alpha:.3})}`,textColorSuccess:o,colorSuccess:b(o,{alpha:.12}),colorBorderedSuccess:b(o,{alpha:.1}),closeIconColorSuccess:o,closeIconColorHoverSuccess:o,closeIconColorPressedSuccess:o,closeColorHoverSuccess:b(o,{alpha:.12}),closeColorPressedSuccess:b(o,{alpha:.18}),borderWarning:`1px solid ${b(s,{alpha:.35})}`,textColorWarning:s,colorWarning:b(s,{alpha:.15}),colorBorderedWarning:b(s,{alpha:.12}),closeIconColorWarning:s,closeIconColorHoverWarning:s,closeIconColorPressedWarning:s,closeColorHoverWarning:b(s,{alpha:.12}),closeColorPressedWarning:b(s,{alpha:.18}),borderError:`1px solid ${b(c,{alpha:.23})}`,textColorError:c,colorError:b(c,{alpha:.1}),colorBorderedError:b(c,{alpha:.08}),closeIconColorError:c,closeIconColorHoverError:c,closeIconColorPressedError:c,closeColorHoverError:b(c,{alpha:.12}),closeColorPressedError:b(c,{alpha:.18})}}var L={name:`Tag`,common:_,self:I},R={color:Object,type:{type:String,default:`default`},round:Boolean,size:String,closable:Boolean,disabled:{type:Boolean,default:void 0}},z=k(`tag`,`
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
`,[g(`strong`,`
 font-weight: var(--n-font-weight-strong);
 `),O(`border`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 border-radius: inherit;
 border: var(--n-border);
 transition: border-color .3s var(--n-bezier);
 `),O(`icon`,`
 display: flex;
 margin: 0 4px 0 0;
 color: var(--n-text-color);
 transition: color .3s var(--n-bezier);
 font-size: var(--n-avatar-size-override);
 `),O(`avatar`,`
 display: flex;
 margin: 0 6px 0 0;
 `),O(`close`,`
 margin: var(--n-close-margin);
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `),g(`round`,`
 padding: 0 calc(var(--n-height) / 3);
 border-radius: calc(var(--n-height) / 2);
 `,[O(`icon`,`
 margin: 0 4px 0 calc((var(--n-height) - 8px) / -2);
 `),O(`avatar`,`
 margin: 0 6px 0 calc((var(--n-height) - 8px) / -2);
 `),g(`closable`,`
 padding: 0 calc(var(--n-height) / 4) 0 calc(var(--n-height) / 3);
 `)]),g(`icon, avatar`,[g(`round`,`
 padding: 0 calc(var(--n-height) / 3) 0 calc(var(--n-height) / 2);
 `)]),g(`disabled`,`
 cursor: not-allowed !important;
 opacity: var(--n-opacity-disabled);
 `),g(`checkable`,`
 cursor: pointer;
 box-shadow: none;
 color: var(--n-text-color-checkable);
 background-color: var(--n-color-checkable);
 `,[v(`disabled`,[y(`&:hover`,`background-color: var(--n-color-hover-checkable);`,[v(`checked`,`color: var(--n-text-color-hover-checkable);`)]),y(`&:active`,`background-color: var(--n-color-pressed-checkable);`,[v(`checked`,`color: var(--n-text-color-pressed-checkable);`)])]),g(`checked`,`
 color: var(--n-text-color-checked);
 background-color: var(--n-color-checked);
 `,[v(`disabled`,[y(`&:hover`,`background-color: var(--n-color-checked-hover);`),y(`&:active`,`background-color: var(--n-color-checked-pressed);`)])])])]),B=[`onClick`,`onMouseenter`,`onMouseleave`],V={...D.props,...R,bordered:{type:Boolean,default:void 0},checked:Boolean,checkable:Boolean,strong:Boolean,triggerClickOnClose:Boolean,onClose:[Array,Function],onMouseenter:Function,onMouseleave:Function,"onUpdate:checked":Function,onUpdateChecked:Function,internalCloseFocusable:{type:Boolean,default:!0},internalCloseIsButtonTag:{type:Boolean,default:!0},onCheckedChange:Function},H=T(`n-tag`),U=d({name:`Tag`,props:V,slots:Object,setup(t){let r=e(null),{mergedBorderedRef:i,mergedClsPrefixRef:a,inlineThemeDisabled:s,mergedRtlRef:c,mergedComponentPropsRef:u}=m(t),d=o(()=>t.size||u?.value?.Tag?.size||`medium`),f=D(`Tag`,`-tag`,z,L,t,a);n(H,{roundRef:l(t,`round`)});function g(){if(!t.disabled&&t.checkable){let{checked:e,onCheckedChange:n,onUpdateChecked:r,"onUpdate:checked":i}=t;r&&r(!e),i&&i(!e),n&&n(!e)}}function _(e){if(t.triggerClickOnClose||e.stopPropagation(),!t.disabled){let{onClose:n}=t;n&&p(n,e)}}let v={setTextContent(e){let{value:t}=r;t&&(t.textContent=e)}},y=E(`Tag`,c,a),b=o(()=>{let{type:e,color:{color:n,textColor:r}={}}=t,a=d.value,{common:{cubicBezierEaseInOut:o},self:{padding:s,closeMargin:c,borderRadius:l,opacityDisabled:u,textColorCheckable:p,textColorHoverCheckable:m,textColorPressedCheckable:h,textColorChecked:g,colorCheckable:_,colorHoverCheckable:v,colorPressedCheckable:y,colorChecked:b,colorCheckedHover:S,colorCheckedPressed:C,closeBorderRadius:w,fontWeightStrong:T,[x(`colorBordered`,e)]:E,[x(`closeSize`,a)]:D,[x(`closeIconSize`,a)]:O,[x(`fontSize`,a)]:k,[x(`height`,a)]:A,[x(`color`,e)]:M,[x(`textColor`,e)]:N,[x(`border`,e)]:P,[x(`closeIconColor`,e)]:F,[x(`closeIconColorHover`,e)]:I,[x(`closeIconColorPressed`,e)]:L,[x(`closeColorHover`,e)]:R,[x(`closeColorPressed`,e)]:z}}=f.value,B=j(c);return{"--n-font-weight-strong":T,"--n-avatar-size-override":`calc(${A} - 8px)`,"--n-bezier":o,"--n-border-radius":l,"--n-border":P,"--n-close-icon-size":O,"--n-close-color-pressed":z,"--n-close-color-hover":R,"--n-close-border-radius":w,"--n-close-icon-color":F,"--n-close-icon-color-hover":I,"--n-close-icon-color-pressed":L,"--n-close-icon-color-disabled":F,"--n-close-margin-top":B.top,"--n-close-margin-right":B.right,"--n-close-margin-bottom":B.bottom,"--n-close-margin-left":B.left,"--n-close-size":D,"--n-color":n||(i.value?E:M),"--n-color-checkable":_,"--n-color-checked":b,"--n-color-checked-hover":S,"--n-color-checked-pressed":C,"--n-color-hover-checkable":v,"--n-color-pressed-checkable":y,"--n-font-size":k,"--n-height":A,"--n-opacity-disabled":u,"--n-padding":s,"--n-text-color":r||N,"--n-text-color-checkable":p,"--n-text-color-checked":g,"--n-text-color-hover-checkable":m,"--n-text-color-pressed-checkable":h}}),S=s?h(`tag`,o(()=>{let e=``,{type:n,color:{color:r,textColor:a}={}}=t;return e+=n[0],e+=d.value[0],r&&(e+=`a${A(r)}`),a&&(e+=`b${A(a)}`),i.value&&(e+=`c`),e}),b,t):void 0;return{...v,rtlEnabled:y,mergedClsPrefix:a,contentRef:r,mergedBordered:i,handleClick:g,handleCloseClick:_,cssVars:s?void 0:b,themeClass:S?.themeClass,onRender:S?.onRender}},render(){let{mergedClsPrefix:e,rtlEnabled:n,closable:i,color:{borderColor:a}={},round:o,onRender:c,$slots:l}=this;c?.();let d=C(l.avatar,n=>n&&(t(),s(`div`,{class:S(`${e}-tag__avatar`)},[w(()=>n)],2))),p=C(l.icon,n=>n&&(t(),s(`div`,{class:S(`${e}-tag__icon`)},[w(()=>n)],2)));return t(),s(`div`,{class:S([`${e}-tag`,this.themeClass,{[`${e}-tag--rtl`]:n,[`${e}-tag--strong`]:this.strong,[`${e}-tag--disabled`]:this.disabled,[`${e}-tag--checkable`]:this.checkable,[`${e}-tag--checked`]:this.checkable&&this.checked,[`${e}-tag--round`]:o,[`${e}-tag--avatar`]:d,[`${e}-tag--icon`]:p,[`${e}-tag--closable`]:i}]),style:f(this.cssVars),onClick:this.handleClick,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseleave},[w(()=>p||d),u(`span`,{class:S(`${e}-tag__content`),ref:`contentRef`},[w(()=>this.$slots.default?.())],2),!this.checkable&&i?(t(),r(M,{key:0,clsPrefix:e,class:S(`${e}-tag__close`),disabled:this.disabled,onClick:this.handleCloseClick,focusable:this.internalCloseFocusable,round:o,isButtonTag:this.internalCloseIsButtonTag,absolute:!0},null,8,[`clsPrefix`,`class`,`disabled`,`onClick`,`focusable`,`round`,`isButtonTag`])):w(()=>null),!this.checkable&&this.mergedBordered?(t(),s(`div`,{key:2,class:S(`${e}-tag__border`),style:f({borderColor:a})},null,6)):w(()=>null)],46,B)}});export{N as i,H as n,P as r,U as t};