#pragma once

class QFormLayout;

namespace mc::widgets {

// Gives every input of a form row that has no name of its own (an editor
// wrapped in a container, several editors in one row, a table) the row's
// label as its accessible name, so a screen reader says what it is for.
// Inputs already named, or that are the buddy of a label, keep theirs.
// A row label with a mnemonic ("&Key:") and no buddy that takes focus gets
// the row's first input as buddy, so the mnemonic is underlined and works
// (rows whose field is a layout). Call after the form is built.
void nameFormFields(QFormLayout *form);

} // namespace mc::widgets
