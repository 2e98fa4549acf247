"""What every request shares: the archive (opened once, from the path given at start), one lock
for model and archive work, the upload limit, and the verdicts checked lately (for exports)."""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from fastapi import Request

from factdesk.models import Verdict
from factdesk.store import Archive

RECENT_VERDICTS = 32


@dataclass
class Desk:
    archive: Archive
    max_upload_bytes: int
    lock: threading.RLock = field(default_factory=threading.RLock)
    _verdicts: OrderedDict = field(default_factory=OrderedDict)

    def check(self, claim: str, top_k: int) -> Verdict:
        """check_claim over the archive, remembering the last few verdicts for their exports."""
        key = (" ".join(claim.split()), top_k)
        with self.lock:
            if key in self._verdicts:
                self._verdicts.move_to_end(key)
                return self._verdicts[key]
            from factdesk.pipeline import check_claim

            verdict = check_claim(claim, archive=self.archive, top_k=top_k)
            self._verdicts[key] = verdict
            while len(self._verdicts) > RECENT_VERDICTS:
                self._verdicts.popitem(last=False)
            return verdict

    def forget_verdicts(self) -> None:
        """After an ingest the archive says more: checks must run again."""
        with self.lock:
            self._verdicts.clear()


def get_desk(request: Request) -> Desk:
    return request.app.state.desk
