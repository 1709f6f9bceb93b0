"""The sections of a report and a brief (`report`, `brief`) and the briefs index page
(`index`): each picks fields of the model and renders a template under
templates/sections/. Import the module you need; nothing is re-exported here."""
