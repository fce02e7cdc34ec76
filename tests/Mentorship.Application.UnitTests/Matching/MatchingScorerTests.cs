using System.Globalization;
using Mentorship.Application.Matching;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using static Mentorship.Application.UnitTests.Matching.Pairs;

namespace Mentorship.Application.UnitTests.Matching;

public class MatchingScorerTests
{
    private readonly MatchingScorer _scorer = MatchingScorer.Default;

    [Test]
    public void A_teacher_and_a_pupil_with_consents_and_a_free_place_are_compatible()
    {
        MatchingScorer.Obstacle(MentoringForm.TeacherPupil, Mentor(), Mentee()).Should().Be(MatchingObstacle.None);
    }

    [TestCase(MentoringForm.TeacherPupil, PersonCategory.Student, PersonCategory.Pupil, MatchingObstacle.MentorCategoryNotInForm)]
    [TestCase(MentoringForm.TeacherPupil, PersonCategory.Teacher, PersonCategory.Parent, MatchingObstacle.MenteeCategoryNotInForm)]
    [TestCase(MentoringForm.TeacherTeacher, PersonCategory.Teacher, PersonCategory.Pupil, MatchingObstacle.MenteeCategoryNotInForm)]
    [TestCase(MentoringForm.EmployerStudent, PersonCategory.EmployerRepresentative, PersonCategory.Pupil, MatchingObstacle.MenteeCategoryNotInForm)]
    [TestCase(MentoringForm.StudentPupil, PersonCategory.Student, PersonCategory.Pupil, MatchingObstacle.None)]
    public void The_form_decides_which_categories_meet(MentoringForm form, PersonCategory mentor, PersonCategory mentee, MatchingObstacle expected)
    {
        MatchingScorer.Obstacle(form, Mentor(category: mentor), Mentee(category: mentee)).Should().Be(expected);
    }

    [Test]
    public void A_form_for_children_with_special_needs_takes_only_them()
    {
        var form = MentoringForm.TeacherSpecialNeedsChild;

        MatchingScorer.Obstacle(form, Mentor(), Mentee(specialNeeds: false)).Should().Be(MatchingObstacle.MenteeWithoutSpecialNeeds);
        MatchingScorer.Obstacle(form, Mentor(), Mentee(specialNeeds: true)).Should().Be(MatchingObstacle.None);
    }

    [Test]
    public void Without_an_active_consent_on_either_side_there_is_no_pair()
    {
        MatchingScorer.Obstacle(MentoringForm.TeacherPupil, Mentor(consent: false), Mentee()).Should().Be(MatchingObstacle.MentorWithoutConsent);
        MatchingScorer.Obstacle(MentoringForm.TeacherPupil, Mentor(), Mentee(consent: false)).Should().Be(MatchingObstacle.MenteeWithoutConsent);
    }

    [Test]
    public void A_mentor_whose_places_are_taken_gets_no_new_mentee()
    {
        var full = Mentor(capacity: 2, load: 2);

        full.FreeCapacity.Should().Be(0);
        MatchingScorer.Obstacle(MentoringForm.TeacherPupil, full, Mentee()).Should().Be(MatchingObstacle.MentorWithoutFreeCapacity);
    }

    [Test]
    public void A_pupil_in_both_banks_is_not_paired_with_themself()
    {
        var person = Guid.CreateVersion7();

        MatchingScorer.Obstacle(MentoringForm.PupilPupil, Mentor(category: PersonCategory.Pupil, personId: person), Mentee(personId: person))
            .Should().Be(MatchingObstacle.SamePerson);
    }

    [Test]
    public void Each_shared_tag_counts_and_covering_the_whole_request_adds_a_bonus()
    {
        var mentor = Mentor(tags: ["математика", "физика", "шахматы"]);

        var partly = _scorer.Explain(mentor, Mentee(tags: ["математика", "химия"]));
        var wholly = _scorer.Explain(mentor, Mentee(tags: ["математика", "физика"]));

        partly.SharedTags.Should().Equal("математика");
        partly.Total.Should().Be(10);
        wholly.SharedTags.Should().Equal("математика", "физика");
        wholly.Total.Should().Be(2 * 10 + 5);
    }

    [Test]
    public void The_same_organisation_outweighs_the_same_municipality_and_they_do_not_add_up()
    {
        var colleague = Mentor(tags: ["химия"], organization: School, municipality: Town);
        var neighbour = Mentor(tags: ["химия"], organization: OtherSchool, municipality: Town);
        var mentee = Mentee(tags: ["математика"], organization: School, municipality: Town);

        _scorer.Explain(colleague, mentee).Total.Should().Be(6);
        _scorer.Explain(neighbour, mentee).Total.Should().Be(3);
    }

    [Test]
    public void A_preferred_format_in_common_adds_points()
    {
        var mentor = Mentor(formats: [MentoringFormat.Virtual, MentoringFormat.OneToOne]);

        var score = _scorer.Explain(mentor, Mentee(formats: [MentoringFormat.Virtual]));

        score.SharedFormats.Should().Equal(MentoringFormat.Virtual);
        score.Total.Should().Be(10 + 5 + 2);
    }

    [TestCase(0, 10, 0)]
    [TestCase(5, 10, 2)]
    [TestCase(9, 10, 3)]
    [TestCase(1, 1, 4)]
    public void A_busier_mentor_scores_less(int load, int capacity, int penalty)
    {
        _scorer.Explain(Mentor(capacity: capacity, load: load), Mentee()).LoadPenalty.Should().Be(penalty);
    }

    [Test]
    public void The_fast_score_of_the_candidate_builder_equals_the_explained_one()
    {
        var mentor = Mentor(tags: ["математика", "физика"], capacity: 4, load: 2, organization: School, formats: [MentoringFormat.Group]);
        var mentee = Mentee(tags: ["физика", "математика", "физика"], organization: School, formats: [MentoringFormat.Group]);

        var explained = _scorer.Explain(mentor, mentee);

        _scorer.Score(2, 2, true, false, true, _scorer.LoadPenalty(mentor)).Should().Be(explained.Total).And.Be(20 + 5 + 6 + 2 - 2);
    }

    [Test]
    public void A_mentor_with_many_competences_shares_the_same_tags_in_the_order_of_the_request()
    {
        // Past MatchingScorer.LinearSearchLimit competences the scorer looks tags up in a set instead of the list.
        var many = Enumerable.Range(0, MatchingScorer.LinearSearchLimit * 3).Select(i => $"тема {i}").Append("физика").Append("математика").ToArray();
        string[] request = ["химия", "математика", "физика", "математика", "тема 7"];

        var few = _scorer.Explain(Mentor(tags: ["физика", "тема 7", "математика"]), Mentee(tags: request));
        var lots = _scorer.Explain(Mentor(tags: many), Mentee(tags: request));

        few.SharedTags.Should().Equal("математика", "физика", "тема 7");
        lots.SharedTags.Should().Equal(few.SharedTags);
        lots.Total.Should().Be(few.Total).And.Be(30);
    }

    [Test]
    public void Weights_are_not_negative()
    {
        var act = () => new MatchingScorer(MatchingWeights.Default with { SameMunicipality = -1 });

        act.Should().Throw<ArgumentException>();
    }

    [Test]
    [SetUICulture("ru-RU")]
    public void A_proposal_explains_itself_in_Russian()
    {
        var mentor = Mentor(tags: ["робототехника"], capacity: 2, load: 1, organization: School);
        var score = _scorer.Explain(mentor, Mentee(tags: ["робототехника"], organization: School));

        MatchingScorer.Reasons(mentor, score).Should().Equal(
            "Оценка совместимости: 19",
            "Общие темы запроса и компетенций: робототехника (+10)",
            "Наставник закрывает все темы запроса (+5)",
            "Из одной организации (+6)",
            "Нагрузка наставника: 1 из 2 (−2)");
    }

    [Test]
    [SetUICulture("en-GB")]
    public void A_proposal_explains_itself_in_English()
    {
        var mentor = Mentor(tags: ["робототехника", "физика"], municipality: Town, formats: [MentoringFormat.Virtual]);
        var score = _scorer.Explain(mentor, Mentee(tags: ["робототехника", "химия"], municipality: Town, formats: [MentoringFormat.Virtual]));

        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName.Should().Be("en");
        MatchingScorer.Reasons(mentor, score).Should().Equal(
            "Compatibility score: 15",
            "Request topics the mentor is competent in: робототехника (+10)",
            "From the same municipality (+3)",
            "A preferred format in common: Virtual (+2)");
    }
}
