"""Demonstration variables of education: young children, pre-schools, primary schools and
pupil transport (the eighth-grade exam is real: ``data_access.sources``)."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import BIRTHS_K, Generator, logit

#: Variables of this area (edukacja), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_children_under_3",
    "demo_children_3_5",
    "demo_preschool_children_3_5",
    "demo_preschool_children",
    "demo_preschool_places",
    "demo_preschool_teachers",
    "demo_preschool_spending",
    "demo_primary_pupils",
    "demo_primary_classes",
    "demo_primary_schools",
    "demo_primary_computers",
    "demo_primary_spending",
    "demo_pupils_transported",
    "demo_pupils_transported_long",
    "demo_pupil_transport_spending",
)

#: Grades in the 8-year primary school (6 before the 2017 reform).
PRIMARY_GRADES: dict[int, float] = {2015: 6, 2016: 6, 2017: 7, 2018: 8}
#: 6-year-olds in pre-school education relative to children aged 3–5 (2015: partly at school).
PRESCHOOL_SIX: dict[int, float] = {2014: 1.10, 2015: 1.15, 2016: 1.33}


def generate(g: Generator) -> None:
    """Children under 3 and aged 3–5, pre-school, primary school and pupil transport."""
    t, urb, w = g.t, g.urb, g.w
    births = {y: v / 375.0 for y, v in BIRTHS_K.items()}
    under_3 = {y: (births[y] + births[y - 1] + births[y - 2]) / 3 for y in range(2010, 2025)}
    age_3_5 = {y: (births[y - 3] + births[y - 4] + births[y - 5]) / 3 for y in range(2013, 2025)}
    cohort = g.pre / 18.0
    c_u3 = np.round(cohort * 3 * g.table(under_3) * g.factor("children_under_3", 0.07, 0.03, 0.01))
    c_35 = np.round(cohort * 3 * g.table(age_3_5) * g.factor("children_3_5", 0.07, 0.03, 0.01))
    g.put("ludnosc", "demo_children_under_3", c_u3)
    g.put("ludnosc", "demo_children_3_5", c_35)

    rate = g.share("preschool_rate", logit(0.72) + 1.6 * urb + 0.12 * t + 0.4 * w, 0.5, 0.1, 0.1)
    enrolled = np.round(c_35 * rate)
    total = np.round(
        enrolled * g.table(PRESCHOOL_SIX) * g.factor("preschool_total", 0.05, 0.0, 0.02)
    )
    total = np.maximum(total, enrolled)
    occupancy = g.share("preschool_occupancy", logit(0.9), 0.5, 0.0, 0.1)
    places = np.ceil(total / occupancy)
    ratio = (11.0 + 3.0 * urb) * g.factor("preschool_ratio", 0.1, 0.03, 0.03)
    teachers = np.maximum(1.0, np.round(total / ratio, 1))
    per_child = (
        8500.0
        * g.wages
        * (1 + 0.12 * urb)
        * np.exp(0.1 * w)
        * g.factor("preschool_cost", 0.12, 0.05, 0.04)
    )
    g.put("przedszkola", "demo_preschool_children_3_5", enrolled)
    g.put("przedszkola", "demo_preschool_children", total)
    g.put("przedszkola", "demo_preschool_places", places)
    g.put("przedszkola", "demo_preschool_teachers", teachers)
    g.put("przedszkola", "demo_preschool_spending", np.round(total * per_child, 2))

    grades = g.table(PRIMARY_GRADES)
    pupils = np.maximum(
        2.0, np.round(cohort * grades * 0.94 * g.factor("primary_pupils", 0.06, 0.03, 0.01))
    )
    size = np.clip(9.0 + 3.5 * g.ld + 1.5 * urb, 9.0, 25.0) * g.factor(
        "class_size", 0.08, 0.02, 0.02
    )
    classes = np.clip(np.round(pupils / size), 1.0, np.maximum(1.0, pupils // 4))
    per_school = np.clip(2.0 + 4.0 * g.ld + 4.0 * urb, 6.0, 28.0) * g.factor(
        "classes_per_school", 0.1
    )
    schools = np.clip(np.round(classes / per_school), 1.0, classes)
    pupils_per_pc = 10.5 * np.exp(-0.06 * t) * g.factor("computers", 0.25, 0.05, 0.05)
    computers = np.maximum(1.0, np.round(pupils / pupils_per_pc))
    per_pupil = (
        9500.0
        * g.wages
        * (20.0 / size) ** 0.6
        * np.exp(0.08 * w)
        * g.factor("primary_cost", 0.08, 0.04, 0.03)
    )
    g.put("szkoly", "demo_primary_pupils", pupils)
    g.put("szkoly", "demo_primary_classes", classes)
    g.put("szkoly", "demo_primary_schools", schools)
    g.put("szkoly", "demo_primary_computers", computers)
    g.put("szkoly", "demo_primary_spending", np.round(pupils * per_pupil, 2))

    provider = ~g.urban | g.flag("pupil_transport", 0.6)
    share = np.clip(0.55 - 0.12 * g.ld - 0.15 * urb, 0.015, 0.6) * g.factor(
        "pupil_transport_share", 0.25, 0.05, 0.04
    )
    transported = np.where(provider, np.clip(np.round(pupils * share), 1.0, pupils), 0.0)
    long_share = g.share(
        "pupil_transport_long",
        logit(0.12) + 0.6 * np.clip(2.0 - g.ld, -1.0, 1.5),
        0.5,
        0.0,
        0.15,
    )
    per_pupil = (
        1300.0
        * g.costs
        * (1 + 0.3 * np.clip(2.0 - g.ld, 0.0, 1.5))
        * g.factor("pupil_transport_cost", 0.25, 0.05, 0.05)
    )
    g.put("dowozenie", "demo_pupils_transported", transported)
    g.put(
        "dowozenie",
        "demo_pupils_transported_long",
        np.round(transported * long_share),
        not_applicable=~provider,
    )
    g.put(
        "dowozenie",
        "demo_pupil_transport_spending",
        np.round(transported * per_pupil, 2),
        not_applicable=~provider,
    )
