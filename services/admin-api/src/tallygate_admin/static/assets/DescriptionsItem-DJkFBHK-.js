import{N as e,l as t,p as n,u as r,v as i,xt as a}from"./runtime-core.esm-bundler-DolcaMW8.js";import{At as o,Ft as s,H as c,I as l,It as u,Lt as d,M as f,Mt as p,N as m,Nt as h,P as g,Pt as _,kt as v,q as y,z as b}from"./Button-b-t6E8qV.js";import{D as x}from"./api-2UHzveea.js";import{r as S}from"./DataState-D7T5QBs9.js";import{a as C,o as w}from"./Tag-Cucxqi0w.js";var T={thPaddingBorderedSmall:`8px 12px`,thPaddingBorderedMedium:`12px 16px`,thPaddingBorderedLarge:`16px 24px`,thPaddingSmall:`0`,thPaddingMedium:`0`,thPaddingLarge:`0`,tdPaddingBorderedSmall:`8px 12px`,tdPaddingBorderedMedium:`12px 16px`,tdPaddingBorderedLarge:`16px 24px`,tdPaddingSmall:`0 0 8px 0`,tdPaddingMedium:`0 0 12px 0`,tdPaddingLarge:`0 0 16px 0`};function E(e){let{tableHeaderColor:t,textColor2:n,textColor1:r,cardColor:i,modalColor:a,popoverColor:o,dividerColor:s,borderRadius:c,fontWeightStrong:u,lineHeight:d,fontSizeSmall:f,fontSizeMedium:p,fontSizeLarge:m}=e;return{...T,lineHeight:d,fontSizeSmall:f,fontSizeMedium:p,fontSizeLarge:m,titleTextColor:r,thColor:l(i,t),thColorModal:l(a,t),thColorPopover:l(o,t),thTextColor:r,thFontWeight:u,tdTextColor:n,tdColor:i,tdColorModal:a,tdColorPopover:o,borderColor:l(i,s),borderColorModal:l(a,s),borderColorPopover:l(o,s),borderRadius:c}}var D={name:`Descriptions`,common:g,self:E};function O(e,t=`default`,n=[]){let{children:r}=e;if(typeof r==`object`&&r&&!Array.isArray(r)){let e=r[t];if(typeof e==`function`)return e()}return n}var k=v([o(`descriptions`,{fontSize:`var(--n-font-size)`},[o(`descriptions-separator`,`
 display: inline-block;
 margin: 0 8px 0 2px;
 `),o(`descriptions-table-wrapper`,[o(`descriptions-table`,[o(`descriptions-table-row`,[o(`descriptions-table-header`,{padding:`var(--n-th-padding)`}),o(`descriptions-table-content`,{padding:`var(--n-td-padding)`})])])]),_(`bordered`,[o(`descriptions-table-wrapper`,[o(`descriptions-table`,[o(`descriptions-table-row`,[v(`&:last-child`,[o(`descriptions-table-content`,{paddingBottom:0})])])])])]),h(`left-label-placement`,[o(`descriptions-table-content`,[v(`> *`,{verticalAlign:`top`})])]),h(`left-label-align`,[v(`th`,{textAlign:`left`})]),h(`center-label-align`,[v(`th`,{textAlign:`center`})]),h(`right-label-align`,[v(`th`,{textAlign:`right`})]),h(`bordered`,[o(`descriptions-table-wrapper`,`
 border-radius: var(--n-border-radius);
 overflow: hidden;
 background: var(--n-merged-td-color);
 border: 1px solid var(--n-merged-border-color);
 `,[o(`descriptions-table`,[o(`descriptions-table-row`,[v(`&:not(:last-child)`,[o(`descriptions-table-content`,{borderBottom:`1px solid var(--n-merged-border-color)`}),o(`descriptions-table-header`,{borderBottom:`1px solid var(--n-merged-border-color)`})]),o(`descriptions-table-header`,`
 font-weight: 400;
 background-clip: padding-box;
 background-color: var(--n-merged-th-color);
 `,[v(`&:not(:last-child)`,{borderRight:`1px solid var(--n-merged-border-color)`})]),o(`descriptions-table-content`,[v(`&:not(:last-child)`,{borderRight:`1px solid var(--n-merged-border-color)`})])])])])]),o(`descriptions-header`,`
 font-weight: var(--n-th-font-weight);
 font-size: 18px;
 transition: color .3s var(--n-bezier);
 line-height: var(--n-line-height);
 margin-bottom: 16px;
 color: var(--n-title-text-color);
 `),o(`descriptions-table-wrapper`,`
 transition:
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[o(`descriptions-table`,`
 width: 100%;
 border-collapse: separate;
 border-spacing: 0;
 box-sizing: border-box;
 `,[o(`descriptions-table-row`,`
 box-sizing: border-box;
 transition: border-color .3s var(--n-bezier);
 `,[o(`descriptions-table-header`,`
 font-weight: var(--n-th-font-weight);
 line-height: var(--n-line-height);
 display: table-cell;
 box-sizing: border-box;
 color: var(--n-th-text-color);
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `),o(`descriptions-table-content`,`
 vertical-align: top;
 line-height: var(--n-line-height);
 display: table-cell;
 box-sizing: border-box;
 color: var(--n-td-text-color);
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[p(`content`,`
 transition: color .3s var(--n-bezier);
 display: inline-block;
 color: var(--n-td-text-color);
 `)]),p(`label`,`
 font-weight: var(--n-th-font-weight);
 transition: color .3s var(--n-bezier);
 display: inline-block;
 margin-right: 14px;
 color: var(--n-th-text-color);
 `)])])])]),o(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color);
 --n-merged-td-color: var(--n-td-color);
 --n-merged-border-color: var(--n-border-color);
 `),u(o(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color-modal);
 --n-merged-td-color: var(--n-td-color-modal);
 --n-merged-border-color: var(--n-border-color-modal);
 `)),d(o(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color-popover);
 --n-merged-td-color: var(--n-td-color-popover);
 --n-merged-border-color: var(--n-border-color-popover);
 `))]),A=`DESCRIPTION_ITEM_FLAG`;function j(e){return typeof e==`object`&&e&&!Array.isArray(e)?e.type&&e.type.DESCRIPTION_ITEM_FLAG:!1}var M=[`colspan`],N=[`colspan`],P=[`colspan`],F=[`colspan`],I={...f.props,title:String,column:{type:Number,default:3},columns:Number,labelPlacement:{type:String,default:`top`},labelAlign:{type:String,default:`left`},separator:{type:String,default:`:`},size:String,bordered:Boolean,labelClass:String,labelStyle:[Object,String],contentClass:String,contentStyle:[Object,String]},L=i({name:`Descriptions`,props:I,slots:Object,setup(e){let{mergedClsPrefixRef:n,inlineThemeDisabled:r,mergedComponentPropsRef:i}=y(e),a=t(()=>e.size||i?.value?.Descriptions?.size||`medium`),o=f(`Descriptions`,`-descriptions`,k,D,e,n),c=t(()=>{let{bordered:t}=e,n=a.value,{common:{cubicBezierEaseInOut:r},self:{titleTextColor:i,thColor:c,thColorModal:l,thColorPopover:u,thTextColor:d,thFontWeight:f,tdTextColor:p,tdColor:m,tdColorModal:h,tdColorPopover:g,borderColor:_,borderColorModal:v,borderColorPopover:y,borderRadius:b,lineHeight:x,[s(`fontSize`,n)]:S,[s(t?`thPaddingBordered`:`thPadding`,n)]:C,[s(t?`tdPaddingBordered`:`tdPadding`,n)]:w}}=o.value;return{"--n-title-text-color":i,"--n-th-padding":C,"--n-td-padding":w,"--n-font-size":S,"--n-bezier":r,"--n-th-font-weight":f,"--n-line-height":x,"--n-th-text-color":d,"--n-td-text-color":p,"--n-th-color":c,"--n-th-color-modal":l,"--n-th-color-popover":u,"--n-td-color":m,"--n-td-color-modal":h,"--n-td-color-popover":g,"--n-border-radius":b,"--n-border-color":_,"--n-border-color-modal":v,"--n-border-color-popover":y}}),l=r?m(`descriptions`,t(()=>{let t=``,{bordered:n}=e;return n&&(t+=`a`),t+=a.value[0],t}),c,e):void 0;return{mergedClsPrefix:n,cssVars:r?void 0:c,themeClass:l?.themeClass,onRender:l?.onRender,compitableColumn:w(e,[`columns`,`column`]),inlineThemeDisabled:r,mergedSize:a}},render(){let t=this.$slots.default,i=t?C(t()):[];i.length;let{contentClass:o,labelClass:s,compitableColumn:l,labelPlacement:u,labelAlign:d,mergedSize:f,bordered:p,title:m,cssVars:h,mergedClsPrefix:g,separator:_,onRender:v}=this;v?.();let y=i.filter(e=>j(e)),w=y.reduce((t,i,d)=>{let f=i.props||{},m=y.length-1===d,h=[`label`in f?f.label:O(i,`label`)],v=[O(i)],x=f.span||1,S=t.span;t.span+=x;let C=f.labelStyle||f[`label-style`]||this.labelStyle,w=f.contentStyle||f[`content-style`]||this.contentStyle;if(u===`left`)p?t.row.push((e(),n(`th`,{key:1,class:b([`${g}-descriptions-table-header`,s]),colspan:1,style:a(C)},[c(()=>h)],6)),(e(),n(`td`,{key:2,class:b([`${g}-descriptions-table-content`,o]),colspan:m?(l-S)*2+1:x*2-1,style:a(w)},[c(()=>v)],14,M))):t.row.push((e(),n(`td`,{key:3,class:b(`${g}-descriptions-table-content`),colspan:m?(l-S)*2:x*2},[r(`span`,{class:b([`${g}-descriptions-table-content__label`,s]),style:a(C)},[c(()=>[...h,_&&(e(),n(`span`,{key:4,class:b(`${g}-descriptions-separator`)},[c(()=>_)],2))])],6),r(`span`,{class:b([`${g}-descriptions-table-content__content`,o]),style:a(w)},[c(()=>v)],6)],10,N)));else{let r=m?(l-S)*2:x*2;t.row.push((e(),n(`th`,{key:5,class:b([`${g}-descriptions-table-header`,s]),colspan:r,style:a(C)},[c(()=>h)],14,P))),t.secondRow.push((e(),n(`td`,{key:6,class:b([`${g}-descriptions-table-content`,o]),colspan:r,style:a(w)},[c(()=>v)],14,F)))}return(t.span>=l||m)&&(t.span=0,t.row.length&&(t.rows.push(t.row),t.row=[]),u!==`left`&&t.secondRow.length&&(t.rows.push(t.secondRow),t.secondRow=[])),t},{span:0,row:[],secondRow:[],rows:[]}).rows.map(t=>(e(),n(`tr`,{class:b(`${g}-descriptions-table-row`)},[c(()=>t)],2)));return e(),n(`div`,{style:a(h),class:b([`${g}-descriptions`,this.themeClass,`${g}-descriptions--${u}-label-placement`,`${g}-descriptions--${d}-label-align`,`${g}-descriptions--${f}-size`,p&&`${g}-descriptions--bordered`])},[m||this.$slots.header?(e(),n(`div`,{key:0,class:b(`${g}-descriptions-header`)},[c(()=>m||S(this,`header`))],2)):c(()=>null),r(`div`,{class:b(`${g}-descriptions-table-wrapper`)},[r(`table`,{class:b(`${g}-descriptions-table`)},[r(`tbody`,null,[c(()=>u===`top`&&(e(),n(`tr`,{class:b(`${g}-descriptions-table-row`),style:{visibility:`collapse`}},[c(()=>x(l*2,(e(),n(`td`))))],2))),c(()=>w)])],2)],2)],6)}}),R={label:String,span:{type:Number,default:1},labelClass:String,labelStyle:[Object,String],contentClass:String,contentStyle:[Object,String]},z=i({name:`DescriptionsItem`,[A]:!0,props:R,slots:Object,render(){return null}});export{L as n,z as t};