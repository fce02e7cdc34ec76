using Mentorship.Domain.People;

namespace Mentorship.Domain.Programmes;

/// <summary>
/// Form of mentorship (форма наставничества), mentor side first: PupilPupil — ученик–ученик; TeacherTeacher —
/// учитель–учитель; StudentPupil — студент–ученик; EmployerPupil — работодатель–ученик; EmployerStudent —
/// работодатель–студент; ParentPupil — родитель–ученик; VolunteerPupil — НКО/волонтёр–ученик; VolunteerOrphan —
/// НКО/волонтёр–воспитанник организации для детей-сирот; VolunteerSpecialNeedsChild — НКО/волонтёр–ребёнок с ОВЗ;
/// TeacherPupil — педагог–ученик; TeacherSpecialNeedsChild — педагог–ребёнок с ОВЗ; TeacherParent — педагог–родитель.
/// Each form fixes which person categories may be mentor and mentee.
/// </summary>
public enum MentoringForm
{
    /// <summary>Ученик – ученик.</summary>
    PupilPupil = 1,

    /// <summary>Учитель – учитель.</summary>
    TeacherTeacher,

    /// <summary>Студент – ученик.</summary>
    StudentPupil,

    /// <summary>Работодатель – ученик.</summary>
    EmployerPupil,

    /// <summary>Работодатель – студент.</summary>
    EmployerStudent,

    /// <summary>Родитель – ученик.</summary>
    ParentPupil,

    /// <summary>НКО/волонтёр – ученик.</summary>
    VolunteerPupil,

    /// <summary>НКО/волонтёр – воспитанник организации для детей-сирот.</summary>
    VolunteerOrphan,

    /// <summary>НКО/волонтёр – ребёнок с ОВЗ.</summary>
    VolunteerSpecialNeedsChild,

    /// <summary>Педагог – ученик.</summary>
    TeacherPupil,

    /// <summary>Педагог – ребёнок с ОВЗ.</summary>
    TeacherSpecialNeedsChild,

    /// <summary>Педагог – родитель.</summary>
    TeacherParent,
}

/// <summary>Which person categories each form allows on the mentor's and on the mentee's side.</summary>
public sealed record FormRule(MentoringForm Form, IReadOnlyList<PersonCategory> MentorCategories, IReadOnlyList<PersonCategory> MenteeCategories)
{
    public bool Allows(PersonCategory mentor, PersonCategory mentee) =>
        MentorCategories.Contains(mentor) && MenteeCategories.Contains(mentee);
}

public static class FormRules
{
    private static readonly Dictionary<MentoringForm, FormRule> Rules = new[]
    {
        Rule(MentoringForm.PupilPupil, [PersonCategory.Pupil], [PersonCategory.Pupil]),
        Rule(MentoringForm.TeacherTeacher, [PersonCategory.Teacher], [PersonCategory.Teacher]),
        // Seed 000: mentors may come from the school's alumni community (выпускники): a young alumnus as the student
        // side of «студент – ученик», a working one as the employer side of «работодатель – ученик».
        Rule(MentoringForm.StudentPupil, [PersonCategory.Student, PersonCategory.Alumni], [PersonCategory.Pupil]),
        Rule(MentoringForm.EmployerPupil, [PersonCategory.EmployerRepresentative, PersonCategory.Alumni], [PersonCategory.Pupil]),
        Rule(MentoringForm.EmployerStudent, [PersonCategory.EmployerRepresentative], [PersonCategory.Student]),
        Rule(MentoringForm.ParentPupil, [PersonCategory.Parent], [PersonCategory.Pupil]),
        Rule(MentoringForm.VolunteerPupil, [PersonCategory.NgoVolunteer], [PersonCategory.Pupil]),
        Rule(MentoringForm.VolunteerOrphan, [PersonCategory.NgoVolunteer], [PersonCategory.Pupil]),
        Rule(MentoringForm.VolunteerSpecialNeedsChild, [PersonCategory.NgoVolunteer], [PersonCategory.Pupil]),
        Rule(MentoringForm.TeacherPupil, [PersonCategory.Teacher], [PersonCategory.Pupil]),
        Rule(MentoringForm.TeacherSpecialNeedsChild, [PersonCategory.Teacher], [PersonCategory.Pupil]),
        Rule(MentoringForm.TeacherParent, [PersonCategory.Teacher], [PersonCategory.Parent]),
    }.ToDictionary(r => r.Form);

    public static IReadOnlyCollection<FormRule> All => Rules.Values;

    public static FormRule For(MentoringForm form) => Rules[form];

    /// <summary>Forms whose mentees must be children with special needs (ОВЗ), whatever their category.</summary>
    public static bool IsForChildrenWithSpecialNeeds(MentoringForm form) =>
        form is MentoringForm.VolunteerSpecialNeedsChild or MentoringForm.TeacherSpecialNeedsChild;

    /// <summary>Forms whose mentees must be pupils of an organisation for orphans (организация для детей-сирот).</summary>
    public static bool IsForOrphans(MentoringForm form) => form == MentoringForm.VolunteerOrphan;

    /// <summary>
    /// Whether a person may take a side of a pair of this form: the category must be allowed on that side, and the
    /// forms for children with special needs (ОВЗ) take only such children as mentees.
    /// </summary>
    public static bool AllowsMember(MentoringForm form, bool asMentor, PersonCategory category, bool hasSpecialNeeds)
    {
        var rule = For(form);
        var allowed = asMentor ? rule.MentorCategories : rule.MenteeCategories;
        return allowed.Contains(category)
               && (asMentor || hasSpecialNeeds || !IsForChildrenWithSpecialNeeds(form));
    }

    private static FormRule Rule(MentoringForm form, PersonCategory[] mentors, PersonCategory[] mentees) => new(form, mentors, mentees);
}
