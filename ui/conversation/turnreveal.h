#pragma once

namespace Parlance::Ui {

class ConversationView;

// Shows a message the user asked for (a history search hit), once its conversation is open: the
// view scrolled so the message starts at the top, the message made the current one (the keyboard
// acts on it) and its text selected, so it stands out until the next click.
void revealTurn(ConversationView *view, int row);

} // namespace Parlance::Ui
