"""When a sentence ends.

The rule, for India where the case study's prisoners are held:
- the sentence runs from the date of conviction, in calendar years, months and days
  (`relativedelta`: 31 January + 1 month is 28/29 February, as courts count);
- pre-trial detention is set off against it (Code of Criminal Procedure 1973, s.428;
  Bharatiya Nagarik Suraksha Sanhita 2023, s.468);
- remission earned under the state's prison rules is taken off;
- imprisonment in default of paying a fine runs after the substantive sentence
  (Indian Penal Code s.64; Bharatiya Nyaya Sanhita s.8), so it is added.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from repatriate.domain.prisoner import Sentence


def release_due(conviction: date, sentence: Sentence) -> date:
    """The date the person is due to be released on (the end of the sentence)."""
    served = conviction + relativedelta(
        years=sentence.years, months=sentence.months, days=sentence.days
    )
    return served - timedelta(
        days=sentence.set_off_days + sentence.remission_days - sentence.fine_default_days
    )
