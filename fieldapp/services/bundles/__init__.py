"""Bundle use cases on a field laptop (export, receipts, enrolment) and the errors and
translated refusals both sides share. The office's side is `fieldapp.services.office`."""
