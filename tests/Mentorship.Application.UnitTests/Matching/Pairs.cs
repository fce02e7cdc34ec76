using Mentorship.Application.Matching;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.UnitTests.Matching;

/// <summary>Mentors and mentees of a teacher–pupil programme, compatible unless a test says otherwise.</summary>
internal static class Pairs
{
    public static readonly Guid School = Guid.CreateVersion7();
    public static readonly Guid OtherSchool = Guid.CreateVersion7();
    public static readonly Guid Town = Guid.CreateVersion7();
    public static readonly Guid OtherTown = Guid.CreateVersion7();

    public static MatchingMentor Mentor(
        string[]? tags = null,
        int capacity = 3,
        int load = 0,
        Guid? organization = null,
        Guid? municipality = null,
        PersonCategory category = PersonCategory.Teacher,
        bool consent = true,
        MentoringFormat[]? formats = null,
        Guid? personId = null) =>
        new(Guid.CreateVersion7(), personId ?? Guid.CreateVersion7(), category, organization ?? OtherSchool, municipality ?? OtherTown,
            capacity, load, tags ?? ["математика"], formats ?? [], consent);

    public static MatchingMentee Mentee(
        string[]? tags = null,
        Guid? organization = null,
        Guid? municipality = null,
        PersonCategory category = PersonCategory.Pupil,
        bool consent = true,
        MentoringFormat[]? formats = null,
        bool specialNeeds = false,
        Guid? personId = null) =>
        new(Guid.CreateVersion7(), personId ?? Guid.CreateVersion7(), category, organization ?? School, municipality ?? Town,
            tags ?? ["математика"], formats ?? [], consent, specialNeeds);

    public static MatchingInput Input(MatchingMentor[] mentors, MatchingMentee[] mentees, MentoringForm form = MentoringForm.TeacherPupil) =>
        new(form, mentors, mentees);
}
