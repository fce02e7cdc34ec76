using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;

namespace Mentorship.Domain.UnitTests.Programmes;

public class FormRulesTests
{
    [Test]
    public void Every_form_has_a_rule()
    {
        FormRules.All.Select(r => r.Form).Should().BeEquivalentTo(Enum.GetValues<MentoringForm>());
    }

    [TestCase(MentoringForm.PupilPupil, PersonCategory.Pupil, PersonCategory.Pupil, true)]
    [TestCase(MentoringForm.PupilPupil, PersonCategory.Teacher, PersonCategory.Pupil, false)]
    [TestCase(MentoringForm.TeacherTeacher, PersonCategory.Teacher, PersonCategory.Teacher, true)]
    [TestCase(MentoringForm.StudentPupil, PersonCategory.Student, PersonCategory.Pupil, true)]
    [TestCase(MentoringForm.StudentPupil, PersonCategory.Pupil, PersonCategory.Student, false)]
    [TestCase(MentoringForm.EmployerStudent, PersonCategory.EmployerRepresentative, PersonCategory.Student, true)]
    [TestCase(MentoringForm.EmployerStudent, PersonCategory.EmployerRepresentative, PersonCategory.Pupil, false)]
    [TestCase(MentoringForm.TeacherParent, PersonCategory.Teacher, PersonCategory.Parent, true)]
    [TestCase(MentoringForm.ParentPupil, PersonCategory.Teacher, PersonCategory.Pupil, false)]
    [TestCase(MentoringForm.StudentPupil, PersonCategory.Alumni, PersonCategory.Pupil, true)]
    [TestCase(MentoringForm.EmployerPupil, PersonCategory.Alumni, PersonCategory.Pupil, true)]
    [TestCase(MentoringForm.PupilPupil, PersonCategory.Alumni, PersonCategory.Pupil, false)]
    [TestCase(MentoringForm.StudentPupil, PersonCategory.Pupil, PersonCategory.Alumni, false)]
    public void A_form_fixes_which_categories_may_mentor_and_be_mentored(MentoringForm form, PersonCategory mentor, PersonCategory mentee, bool allowed)
    {
        FormRules.For(form).Allows(mentor, mentee).Should().Be(allowed);
    }
}
