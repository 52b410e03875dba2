import{I as e,K as t,N as n,St as r,bt as i,d as a,f as o,h as s,i as c,l,ot as u,p as d,u as f,v as p,w as m,x as h}from"./runtime-core.esm-bundler-DolcaMW8.js";import{D as g,j as _,l as v}from"./api-2UHzveea.js";import{At as y,Ft as b,H as x,M as S,P as C,kt as w,o as T,q as E}from"./Button-b-t6E8qV.js";import{c as D}from"./index-Cghcw26Z.js";var O=!1;function k(){if(T&&window.CSS&&!O&&(O=!0,`registerProperty`in window?.CSS))try{CSS.registerProperty({name:`--n-color-start`,syntax:`<color>`,inherits:!1,initialValue:`#0000`}),CSS.registerProperty({name:`--n-color-end`,syntax:`<color>`,inherits:!1,initialValue:`#0000`})}catch{}}function A(e){let{heightSmall:t,heightMedium:n,heightLarge:r,borderRadius:i}=e;return{color:`#eee`,colorEnd:`#ddd`,borderRadius:i,heightSmall:t,heightMedium:n,heightLarge:r}}var j={name:`Skeleton`,common:C,self:A},M=w([y(`skeleton`,`
 height: 1em;
 width: 100%;
 transition:
 --n-color-start .3s var(--n-bezier),
 --n-color-end .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 animation: 2s skeleton-loading infinite cubic-bezier(0.36, 0, 0.64, 1);
 background-color: var(--n-color-start);
 `),w(`@keyframes skeleton-loading`,`
 0% {
 background: var(--n-color-start);
 }
 40% {
 background: var(--n-color-end);
 }
 80% {
 background: var(--n-color-start);
 }
 100% {
 background: var(--n-color-start);
 }
 `)]),N={...S.props,text:Boolean,round:Boolean,circle:Boolean,height:[String,Number],width:[String,Number],size:String,repeat:{type:Number,default:1},animated:{type:Boolean,default:!0},sharp:{type:Boolean,default:!0}},P=p({name:`Skeleton`,inheritAttrs:!1,props:N,setup(e){k();let{mergedClsPrefixRef:t,mergedComponentPropsRef:n}=E(e),r=l(()=>e.size||n?.value?.Skeleton?.size),i=S(`Skeleton`,`-skeleton`,M,j,e,t);return{mergedClsPrefix:t,style:l(()=>{let t=i.value,{common:{cubicBezierEaseInOut:n}}=t,a=t.self,{color:o,colorEnd:s,borderRadius:c}=a,l,{circle:u,sharp:d,round:f,width:p,height:m,text:h,animated:g}=e,v=r.value;v!==void 0&&(l=a[b(`height`,v)]);let y=u?p??m??l:p,x=(u?p??m:m)??l;return{display:h?`inline-block`:``,verticalAlign:h?`-0.125em`:``,borderRadius:u?`50%`:f?`4096px`:d?``:c,width:typeof y==`number`?_(y):y,height:typeof x==`number`?_(x):x,animation:g?``:`none`,"--n-bezier":n,"--n-color-start":o,"--n-color-end":s}})}},render(){let{repeat:e,style:t,mergedClsPrefix:r,$attrs:i}=this,a=h(`div`,m({class:`${r}-skeleton`,style:t},i));return e>1?(n(),d(c,{key:1},[x(()=>g(e,null).map(e=>[a,`
`]))],64)):a}}),F={class:`label`},I=[`title`,`data-value`],L={key:2,class:`sub num`},R=D(p({__name:`StatCard`,props:{label:{},value:{},raw:{},title:{},sub:{},tone:{},loading:{type:Boolean},testid:{}},setup(c){return(l,p)=>(n(),a(u(v),{size:`small`,class:`stat`,"data-testid":c.testid,bordered:!1},{default:t(()=>[f(`div`,F,r(c.label),1),c.loading?(n(),a(u(P),{key:0,text:``,style:{width:`60%`,height:`30px`,margin:`6px 0`}})):(n(),d(`div`,{key:1,class:i([`value num`,c.tone]),title:c.title,"data-role":`value`,"data-value":c.raw??``},r(c.value),11,I)),c.sub&&!c.loading?(n(),d(`div`,L,[e(l.$slots,`sub`,{},()=>[s(r(c.sub),1)],!0)])):o(``,!0),e(l.$slots,`default`,{},void 0,!0)]),_:3},8,[`data-testid`]))}}),[[`__scopeId`,`data-v-f0215d13`]]);export{R as t};