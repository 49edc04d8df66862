"""What a change to the declarations means: partners, data, purposes and links, not lines.

``disclosurelint diff BASE [HEAD]`` reads the declarations at two git revisions (or at one
revision and the working tree), matches partners by ``id``, and describes each difference as a
:class:`~disclosurelint.semdiff.model.Change` classed by :data:`~disclosurelint.semdiff.classes.
CLASSES` as raising, lowering or not changing the risk to the people whose data is shared.

* :mod:`.snapshot` reads the declaration files of a revision or of the working tree;
* :mod:`.pairing` matches the files of the two sides by partner id;
* :mod:`.fields` and :mod:`.data` compare one partner's two declarations;
* :mod:`.engine` puts them together; :mod:`.text`, :mod:`.markdown`, :mod:`.json` render.
"""
