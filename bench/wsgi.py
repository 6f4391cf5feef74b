"""
The site's WSGI application as gunicorn serves it in production, plus the uploaded
images under /media/, which nginx serves in production: the page weights need them.
"""

import os

from whitenoise import WhiteNoise

from bactria_site.wsgi import application as site

# autorefresh: image renditions are made while the bench runs, after this starts.
application = WhiteNoise(site, root=os.environ["MEDIA_ROOT"], prefix="/media/", autorefresh=True)
