"""The demo: a realistic Cabinet meeting, its PDFs and a store seeded with it.

A wing of its own, outside the layers: nothing in ``domain`` … ``ui`` imports it
(import-linter's "No layer imports the demo" contract), and the packaged application
leaves it out unless built with it (``build.spec`` ``--with-demo``). Only the command
line reaches it (:mod:`meetings_app.demo.cli` adds ``meetings-app demo`` and
``meetings-app admin seed-demo``).

What each module holds:

* :mod:`~meetings_app.demo.content` the meetings as plain data (people, agenda,
  documents, polls);
* :mod:`~meetings_app.demo.story` what happened at the past meeting (ballots, comments
  on the draft, minutes), the one story every report tells;
* :mod:`~meetings_app.demo.texts` the words of the demo documents, and
  :mod:`~meetings_app.demo.pdfs` the PDFs laid out from them with reportlab (no PDF is
  stored in the repository: they are generated once into the data folder and reused);
* :mod:`~meetings_app.demo.report_inputs` report inputs for tests without a database;
* :mod:`~meetings_app.demo.seed` the store seeded through the server's own write path,
  :mod:`~meetings_app.demo.past_meeting` the past session in it and
  :mod:`~meetings_app.demo.ballots` its ballots, signed as a device signs them;
* :mod:`~meetings_app.demo.runner` the in-process store and the client signed in to it;
* :mod:`~meetings_app.demo.accounts` the demo password and the list of accounts, and
  :mod:`~meetings_app.demo.cli` the demo's commands.

Names are fictional; titles are those of the Vietnamese Cabinet.
"""
