"""PNG plots of an evaluation (matplotlib, optional dependency: `pip install 'gg[eval]'`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gg.eval.record import CATEGORIES


def available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def write_plots(summary: dict[str, Any], records: list[dict[str, Any]], out: Path) -> list[str]:
    """Write the plots into `out`; returns their file names (empty without matplotlib)."""
    if not available():
        return []
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written: list[str] = []

    def save(fig, name: str) -> None:
        fig.tight_layout()
        tmp = out / f".{name}.tmp.png"
        fig.savefig(tmp, dpi=110)
        plt.close(fig)
        tmp.replace(out / name)
        written.append(name)

    cells = summary["cells"]
    labels = [f"{c['target']}\n-{c['opt']}" for c in cells]
    x = list(range(len(cells)))
    w = 0.27

    # pass rate by target × opt, beside gg's own acceptance and the paper
    fig, ax = plt.subplots(figsize=(max(5.0, 1.6 * len(cells) + 2), 4))
    judge = [c["pass_rate"] or 0.0 for c in cells]
    acc = [100.0 * c["gg_accepted"] / c["cases"] if c["cases"] else 0.0 for c in cells]
    ax.bar([i - w for i in x], judge, w, label="judge pass (gg translation)", color="#2b7bba")
    ax.bar(x, acc, w, label="gg accepted", color="#7fbf7b")
    paper_x = [i + w for i, c in zip(x, cells) if c["published"] is not None]
    paper = [c["published"] for c in cells if c["published"] is not None]
    if paper:
        ax.bar(paper_x, paper, w, label="paper (published)", color="#bbbbbb", hatch="//", edgecolor="#666666")
    for i, c in zip(x, cells):
        if c["published"] is None:
            ax.text(i + w, 1, "—", ha="center", va="bottom", color="#666666")
    ax.set_xticks(x, labels)
    ax.set_ylim(0, 100)
    ax.set_ylabel("% of cases")
    ax.set_title(f"{summary['corpus']}: pass rate by target and optimization level")
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=3, frameon=False)
    save(fig, "pass_rate.png")

    # why cases did not pass cleanly, stacked per cell
    fig, ax = plt.subplots(figsize=(max(5.0, 1.6 * len(cells) + 2), 4))
    bottom = [0.0] * len(cells)
    cmap = plt.get_cmap("tab10")
    for k, cat in enumerate(CATEGORIES):
        vals = [float(c["categories"].get(cat, 0)) for c in cells]
        if any(vals):
            ax.bar(x, vals, 0.6, bottom=bottom, label=cat, color=cmap(k % 10))
            bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_xticks(x, labels)
    ax.set_ylabel("cases")
    ax.set_title("why cases are not a clean pass (judge passed and gg accepted)")
    if any(bottom):
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    save(fig, "categories.png")

    # coverage reached by gg's own tests, where the verifier measures it
    cov = [r["gg"]["coverage"] for r in records if r["gg"].get("coverage") is not None]
    if cov:
        fig, ax = plt.subplots(figsize=(6, 4))
        ax.hist([100.0 * c for c in cov], bins=20, range=(0, 100), color="#2b7bba")
        ax.set_xlabel("coverage of the original by gg's tests (%)")
        ax.set_ylabel("cases")
        ax.set_title("coverage distribution")
        save(fig, "coverage.png")

    # time per case, per target
    fig, ax = plt.subplots(figsize=(6, 4))
    for t in summary["targets"]:
        secs = [r["seconds"] for r in records if r["target"] == t]
        if secs:
            ax.hist(secs, bins=30, alpha=0.6, label=t)
    ax.set_xlabel("seconds per case (translate, verify, judge, native baseline)")
    ax.set_ylabel("cases")
    ax.set_title("time per case")
    ax.legend(fontsize=8)
    save(fig, "time_per_case.png")
    return written


def write_report(summary: dict[str, Any], records: list[dict[str, Any]], out: Path) -> None:
    """The report files of an evaluation: plots and report.md linking them."""
    from gg.pipeline import atomic_write
    from gg.render.eval import report_md

    plots = write_plots(summary, records, out)
    atomic_write(out / "report.md", report_md(summary, plots))
