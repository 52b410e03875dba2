import{$ as e,I as t,K as n,N as r,W as i,d as a,g as o,h as s,i as c,l,ot as u,p as d,u as f,v as p,xt as m}from"./runtime-core.esm-bundler-DolcaMW8.js";import{A as h,At as g,Bt as _,Ft as v,H as y,M as b,Mt as x,N as S,Nt as C,P as w,R as T,c as E,kt as D,q as O,s as k,t as A,z as j}from"./Button-b-t6E8qV.js";import{j as M,v as N,w as P}from"./api-2UHzveea.js";import{o as F}from"./Tag-Cucxqi0w.js";import{t as I}from"./Result-4yPBqW27.js";import{c as L}from"./index-Cghcw26Z.js";var R={iconSizeTiny:`28px`,iconSizeSmall:`34px`,iconSizeMedium:`40px`,iconSizeLarge:`46px`,iconSizeHuge:`52px`};function z(e){let{textColorDisabled:t,iconColor:n,textColor2:r,fontSizeTiny:i,fontSizeSmall:a,fontSizeMedium:o,fontSizeLarge:s,fontSizeHuge:c}=e;return{...R,fontSizeTiny:i,fontSizeSmall:a,fontSizeMedium:o,fontSizeLarge:s,fontSizeHuge:c,textColor:t,iconColor:n,extraTextColor:r}}var B={name:`Empty`,common:w,self:z},V=p({name:`Empty`,render(){return(()=>{let e=T(`15c1a247ae156450`);return e[0]||=f(`svg`,{viewBox:`0 0 28 28`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[f(`path`,{d:`M26 7.5C26 11.0899 23.0899 14 19.5 14C15.9101 14 13 11.0899 13 7.5C13 3.91015 15.9101 1 19.5 1C23.0899 1 26 3.91015 26 7.5ZM16.8536 4.14645C16.6583 3.95118 16.3417 3.95118 16.1464 4.14645C15.9512 4.34171 15.9512 4.65829 16.1464 4.85355L18.7929 7.5L16.1464 10.1464C15.9512 10.3417 15.9512 10.6583 16.1464 10.8536C16.3417 11.0488 16.6583 11.0488 16.8536 10.8536L19.5 8.20711L22.1464 10.8536C22.3417 11.0488 22.6583 11.0488 22.8536 10.8536C23.0488 10.6583 23.0488 10.3417 22.8536 10.1464L20.2071 7.5L22.8536 4.85355C23.0488 4.65829 23.0488 4.34171 22.8536 4.14645C22.6583 3.95118 22.3417 3.95118 22.1464 4.14645L19.5 6.79289L16.8536 4.14645Z`,fill:`currentColor`}),f(`path`,{d:`M25 22.75V12.5991C24.5572 13.0765 24.053 13.4961 23.5 13.8454V16H17.5L17.3982 16.0068C17.0322 16.0565 16.75 16.3703 16.75 16.75C16.75 18.2688 15.5188 19.5 14 19.5C12.4812 19.5 11.25 18.2688 11.25 16.75L11.2432 16.6482C11.1935 16.2822 10.8797 16 10.5 16H4.5V7.25C4.5 6.2835 5.2835 5.5 6.25 5.5H12.2696C12.4146 4.97463 12.6153 4.47237 12.865 4H6.25C4.45507 4 3 5.45507 3 7.25V22.75C3 24.5449 4.45507 26 6.25 26H21.75C23.5449 26 25 24.5449 25 22.75ZM4.5 22.75V17.5H9.81597L9.85751 17.7041C10.2905 19.5919 11.9808 21 14 21L14.215 20.9947C16.2095 20.8953 17.842 19.4209 18.184 17.5H23.5V22.75C23.5 23.7165 22.7165 24.5 21.75 24.5H6.25C5.2835 24.5 4.5 23.7165 4.5 22.75Z`,fill:`currentColor`})],-1)})()}}),H=g(`empty`,`
 display: flex;
 flex-direction: column;
 align-items: center;
 font-size: var(--n-font-size);
`,[x(`icon`,`
 width: var(--n-icon-size);
 height: var(--n-icon-size);
 font-size: var(--n-icon-size);
 line-height: var(--n-icon-size);
 color: var(--n-icon-color);
 transition:
 color .3s var(--n-bezier);
 `,[D(`+`,[x(`description`,`
 margin-top: 8px;
 `)])]),x(`description`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 `),x(`extra`,`
 text-align: center;
 transition: color .3s var(--n-bezier);
 margin-top: 12px;
 color: var(--n-extra-text-color);
 `)]),U={...b.props,description:String,showDescription:{type:Boolean,default:!0},showIcon:{type:Boolean,default:!0},size:{type:String,default:`medium`},renderIcon:Function},W=p({name:`Empty`,props:U,slots:Object,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n,mergedComponentPropsRef:i}=O(e),o=b(`Empty`,`-empty`,H,B,e,t),{localeRef:s}=P(`Empty`),c=l(()=>e.description??i?.value?.Empty?.description),u=l(()=>i?.value?.Empty?.renderIcon||(()=>(r(),a(V)))),d=l(()=>{let{size:t}=e,{common:{cubicBezierEaseInOut:n},self:{[v(`iconSize`,t)]:r,[v(`fontSize`,t)]:i,textColor:a,iconColor:s,extraTextColor:c}}=o.value;return{"--n-icon-size":r,"--n-font-size":i,"--n-bezier":n,"--n-text-color":a,"--n-icon-color":s,"--n-extra-text-color":c}}),f=n?S(`empty`,l(()=>{let t=``,{size:n}=e;return t+=n[0],t}),d,e):void 0;return{mergedClsPrefix:t,mergedRenderIcon:u,localizedDescription:l(()=>c.value||s.value.description),cssVars:n?void 0:d,themeClass:f?.themeClass,onRender:f?.onRender}},render(){let{$slots:e,mergedClsPrefix:t,onRender:n}=this;return n?.(),r(),d(`div`,{class:j([`${t}-empty`,this.themeClass]),style:m(this.cssVars)},[this.showIcon?(r(),d(`div`,{key:0,class:j(`${t}-empty__icon`)},[e.icon?(r(),d(c,{key:0},[y(()=>e.icon())],64)):(r(),a(h,{key:1,clsPrefix:t},{default:this.mergedRenderIcon},1032,[`clsPrefix`]))],2)):y(()=>null),this.showDescription?(r(),d(`div`,{key:2,class:j(`${t}-empty__description`)},[e.default?(r(),d(c,{key:0},[y(()=>e.default())],64)):(r(),d(c,{key:1},[y(()=>this.localizedDescription)],64))],2)):y(()=>null),e.extra?(r(),d(`div`,{key:4,class:j(`${t}-empty__extra`)},[y(()=>e.extra())],2)):y(()=>null)],6)}});function G(e,t=`default`,n=[]){let r=e.$slots[t];return r===void 0?n:r()}function K(e){let{opacityDisabled:t,heightTiny:n,heightSmall:r,heightMedium:i,heightLarge:a,heightHuge:o,primaryColor:s,fontSize:c}=e;return{fontSize:c,textColor:s,sizeTiny:n,sizeSmall:r,sizeMedium:i,sizeLarge:a,sizeHuge:o,color:s,opacitySpinning:t}}var q={name:`Spin`,common:w,self:K},J=D([D(`@keyframes spin-rotate`,`
 from {
 transform: rotate(0);
 }
 to {
 transform: rotate(360deg);
 }
 `),g(`spin-container`,`
 position: relative;
 `,[g(`spin-body`,`
 position: absolute;
 top: 50%;
 left: 50%;
 transform: translateX(-50%) translateY(-50%);
 `,[N()])]),g(`spin-body`,`
 display: inline-flex;
 align-items: center;
 justify-content: center;
 flex-direction: column;
 `),g(`spin`,`
 display: inline-flex;
 height: var(--n-size);
 width: var(--n-size);
 font-size: var(--n-size);
 color: var(--n-color);
 `,[C(`rotate`,`
 animation: spin-rotate 2s linear infinite;
 `)]),g(`spin-description`,`
 display: inline-block;
 font-size: var(--n-font-size);
 color: var(--n-text-color);
 transition: color .3s var(--n-bezier);
 margin-top: 8px;
 `),g(`spin-content`,`
 opacity: 1;
 transition: opacity .3s var(--n-bezier);
 pointer-events: all;
 `,[C(`spinning`,`
 user-select: none;
 -webkit-user-select: none;
 pointer-events: none;
 opacity: var(--n-opacity-spinning);
 `)])]),Y={small:20,medium:18,large:16},X={...b.props,contentClass:String,contentStyle:[Object,String],description:String,size:{type:[String,Number],default:`medium`},show:{type:Boolean,default:!0},rotate:{type:Boolean,default:!0},spinning:{type:Boolean,validator:()=>!0,default:void 0},delay:Number,...E,strokeWidth:Number},Z=p({name:`Spin`,props:X,slots:Object,setup(t){let{mergedClsPrefixRef:n,inlineThemeDisabled:r}=O(t),a=b(`Spin`,`-spin`,J,q,t,n),o=l(()=>{let{size:e}=t,{common:{cubicBezierEaseInOut:n},self:r}=a.value,{opacitySpinning:i,color:o,textColor:s}=r;return{"--n-bezier":n,"--n-opacity-spinning":i,"--n-size":typeof e==`number`?M(e):r[v(`size`,e)],"--n-color":o,"--n-text-color":s}}),s=r?S(`spin`,l(()=>{let{size:e}=t;return typeof e==`number`?String(e):e[0]}),o,t):void 0,c=F(t,[`spinning`,`show`]),u=e(!1);return i(e=>{let n;if(c.value){let{delay:r}=t;if(r){n=window.setTimeout(()=>{u.value=!0},r),e(()=>{clearTimeout(n)});return}}u.value=c.value}),{mergedClsPrefix:n,active:u,mergedStrokeWidth:l(()=>{let{strokeWidth:e}=t;if(e!==void 0)return e;let{size:n}=t;return Y[typeof n==`number`?`medium`:n]}),cssVars:r?void 0:o,themeClass:s?.themeClass,onRender:s?.onRender}},render(){let{$slots:e,mergedClsPrefix:t,description:n}=this,i=e.icon&&this.rotate,s=(n||e.description)&&(r(),d(`div`,{class:j(`${t}-spin-description`)},[y(()=>n||e.description?.())],2)),c=e.icon?(r(),d(`div`,{key:1,class:j([`${t}-spin-body`,this.themeClass])},[f(`div`,{class:j([`${t}-spin`,i&&`${t}-spin--rotate`]),style:m(e.default?``:this.cssVars)},[y(()=>e.icon())],6),y(()=>s)],2)):(r(),d(`div`,{key:2,class:j([`${t}-spin-body`,this.themeClass])},[(r(),a(k,{clsPrefix:t,style:m(e.default?``:this.cssVars),stroke:this.stroke,"stroke-width":this.mergedStrokeWidth,radius:this.radius,scale:this.scale,class:j(`${t}-spin`)},null,8,[`clsPrefix`,`style`,`stroke`,`stroke-width`,`radius`,`scale`,`class`])),y(()=>s)],2));return this.onRender?.(),e.default?(r(),d(`div`,{key:3,class:j([`${t}-spin-container`,this.themeClass]),style:m(this.cssVars)},[f(`div`,{class:j([`${t}-spin-content`,this.active&&`${t}-spin-content--spinning`,this.contentClass]),style:m(this.contentStyle)},[y(()=>e.default?.())],6),o(_,{name:`fade-in-transition`},{default:()=>this.active?c:null},1024)],6)):c}}),Q={key:0,class:`center`,"data-state":`error`},$={key:1,class:`center`,"data-state":`loading`},ee={key:2,class:`center`,"data-state":`empty`},te=L(p({__name:`DataState`,props:{loading:{type:Boolean},error:{},empty:{type:Boolean,default:!1},emptyText:{default:`No data yet`},status:{default:null},minHeight:{default:160}},emits:[`retry`],setup(e){return(i,c)=>(r(),d(`div`,{class:`data-state`,style:m({minHeight:`${e.minHeight}px`})},[e.error?(r(),d(`div`,Q,[o(u(I),{size:`small`,status:`warning`,title:e.status===404?`Not available yet`:`Could not load`,description:e.error},{footer:n(()=>[o(u(A),{size:`small`,onClick:c[0]||=e=>i.$emit(`retry`)},{default:n(()=>[...c[1]||=[s(`Retry`,-1)]]),_:1})]),_:1},8,[`title`,`description`])])):e.loading&&e.empty?(r(),d(`div`,$,[o(u(Z),{size:`medium`})])):e.empty?(r(),d(`div`,ee,[o(u(W),{description:e.emptyText},null,8,[`description`])])):(r(),a(u(Z),{key:3,show:e.loading,delay:300},{default:n(()=>[t(i.$slots,`default`,{},void 0,!0)]),_:3},8,[`show`]))],4))}}),[[`__scopeId`,`data-v-415e444d`]]);export{B as a,W as i,Z as n,G as r,te as t};