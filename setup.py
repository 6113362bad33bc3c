# setup.py for an nbdev 2.x project: reads settings.ini (no pkg_resources, see ../shared/TOOLCHAIN.md)
from configparser import ConfigParser
import setuptools

config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

licenses = {'apache2': ('Apache Software License 2.0', 'OSI Approved :: Apache Software License')}
statuses = ['Planning', 'Pre-Alpha', 'Alpha', 'Beta', 'Production/Stable', 'Mature', 'Inactive']
py_versions = '3.10 3.11 3.12 3.13'.split()

requirements = cfg.get('requirements', '').split()
dev_requirements = cfg.get('dev_requirements', '').split()
adapters_requirements = cfg.get('adapters_requirements', '').split()   # optional: the Lightning and Transformers callbacks
experiments_requirements = cfg.get('experiments_requirements', '').split()   # optional: the Switchboard and Yelp experiments' tools
notebooks_requirements = cfg.get('notebooks_requirements', '').split()   # optional: Jupyter, to run the notebooks
min_python = cfg['min_python']
lic = licenses[cfg['license']]
entry_points = {'console_scripts': cfg.get('console_scripts', '').split(),
                'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]}

setuptools.setup(
    name=cfg['lib_name'].replace('_', '-'),
    license=lic[0],
    classifiers=['Development Status :: ' + statuses[int(cfg['status'])],
                 'Intended Audience :: ' + cfg['audience'].title(),
                 'Natural Language :: ' + cfg['language'].title(),
                 'License :: ' + lic[1]] +
                ['Programming Language :: Python :: ' + v for v in py_versions[py_versions.index(min_python):]],
    url=cfg['git_url'],
    packages=setuptools.find_packages(include=[cfg['lib_path'], cfg['lib_path'] + '.*']),
    include_package_data=True,
    package_data={cfg['lib_path']: ['configs/*.json']},
    install_requires=requirements,
    extras_require={'dev': dev_requirements + adapters_requirements + experiments_requirements, 'adapters': adapters_requirements,
                    'experiments': experiments_requirements, 'notebooks': notebooks_requirements + experiments_requirements},
    dependency_links=cfg.get('dep_links', '').split(),
    python_requires='>=' + min_python,
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points=entry_points,
    version=cfg['version'],
    description=cfg['description'],
    keywords=cfg['keywords'],
    author=cfg['author'],
    author_email=cfg['author_email'],
)
