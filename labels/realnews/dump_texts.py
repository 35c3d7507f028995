# Dumps the real-news texts of ../shared/bench to /tmp/realnews/docs/<source>_<id>.txt for labelling.
import json, os, hashlib, xml.etree.ElementTree as ET
S='/work/shared/bench'
out='/tmp/realnews/docs'; os.makedirs(out, exist_ok=True)
ids=[]
root=ET.parse(S+'/geoparsing/lgl/lgl.xml').getroot()
for i,a in enumerate(root.iter('article')):
    t=a.find('text').text or ''
    ids.append(('lgl:%d'%i,t))
i=0
while os.path.exists(S+'/geoparsing/geowebnews/Geocoding/files/%d'%i):
    ids.append(('gwn:%d'%i, open(S+'/geoparsing/geowebnews/Geocoding/files/%d'%i,encoding='utf-8').read())); i+=1
gt=json.load(open(S+'/article-extraction/ground-truth.json'))
for k in sorted(gt):
    ids.append(('zyte:'+k[:12], gt[k]['articleBody']))
idx=open('/tmp/realnews/index.tsv','w')
for d,t in ids:
    split='test' if int(hashlib.sha256(d.encode()).hexdigest(),16)%5==0 else 'dev'
    fn=d.replace(':','_')+'.txt'
    open(os.path.join(out,fn),'w',encoding='utf-8').write(t)
    idx.write('%s\t%s\t%d\t%s\n'%(d,fn,len(t),split))
print(len(ids))
