using Mentorship.Application.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Reference;

/// <summary>Russian and English titles of the reference data, as the methodology names them.</summary>
public static class ReferenceTitles
{
    public static string Of(MentoringForm form) => form switch
    {
        MentoringForm.PupilPupil => Texts.Pick("Ученик – ученик", "Pupil – pupil"),
        MentoringForm.TeacherTeacher => Texts.Pick("Учитель – учитель", "Teacher – teacher"),
        MentoringForm.StudentPupil => Texts.Pick("Студент – ученик", "Student – pupil"),
        MentoringForm.EmployerPupil => Texts.Pick("Работодатель – ученик", "Employer – pupil"),
        MentoringForm.EmployerStudent => Texts.Pick("Работодатель – студент", "Employer – student"),
        MentoringForm.ParentPupil => Texts.Pick("Родитель – ученик", "Parent – pupil"),
        MentoringForm.VolunteerPupil => Texts.Pick("НКО/волонтёр – ученик", "NGO/volunteer – pupil"),
        MentoringForm.VolunteerOrphan => Texts.Pick("НКО/волонтёр – воспитанник организации для детей-сирот", "NGO/volunteer – child in orphan care"),
        MentoringForm.VolunteerSpecialNeedsChild => Texts.Pick("НКО/волонтёр – ребёнок с ОВЗ", "NGO/volunteer – child with special needs"),
        MentoringForm.TeacherPupil => Texts.Pick("Педагог – ученик", "Teacher – pupil"),
        MentoringForm.TeacherSpecialNeedsChild => Texts.Pick("Педагог – ребёнок с ОВЗ", "Teacher – child with special needs"),
        MentoringForm.TeacherParent => Texts.Pick("Педагог – родитель", "Teacher – parent"),
        _ => form.ToString(),
    };

    public static string Of(MentoringFormat format) => format switch
    {
        MentoringFormat.OneToOne => Texts.Pick("Традиционное (один на один)", "One-to-one"),
        MentoringFormat.Group => Texts.Pick("Групповое («круги наставничества»)", "Group (mentoring circles)"),
        MentoringFormat.Flash => Texts.Pick("Флеш-наставничество", "Flash mentoring"),
        MentoringFormat.Network => Texts.Pick("Сетевое", "Network"),
        MentoringFormat.Reverse => Texts.Pick("Реверсивное", "Reverse"),
        MentoringFormat.Virtual => Texts.Pick("Виртуальное", "Virtual"),
        _ => format.ToString(),
    };

    public static string Of(ProgrammeStage stage) => stage switch
    {
        ProgrammeStage.LaunchConditions => Texts.Pick("Подготовка условий для запуска программы наставничества", "Launch conditions"),
        ProgrammeStage.MentorSelection => Texts.Pick("Отбор и обучение наставников", "Selection and training of mentors"),
        ProgrammeStage.MentorBank => Texts.Pick("Формирование базы наставников", "Mentor bank"),
        ProgrammeStage.MenteeBank => Texts.Pick("Формирование базы наставляемых", "Mentee bank"),
        ProgrammeStage.OrganisationOfWork => Texts.Pick("Организация работы наставнических пар/групп", "Organisation of work"),
        ProgrammeStage.Completion => Texts.Pick("Завершение программы наставничества", "Completion"),
        _ => stage.ToString(),
    };

    public static string GateOf(ProgrammeStage stage) => stage switch
    {
        ProgrammeStage.LaunchConditions => Texts.Pick(
            "Выбрана хотя бы одна форма, назначен куратор, поставлена хотя бы одна задача; есть приказ о внедрении, положение и приказ о назначении куратора",
            "At least one form, a curator, at least one task, and the introduction order, the regulation and the curator order"),
        ProgrammeStage.MentorSelection => Texts.Pick("Хотя бы один отобранный кандидат прошёл обучение", "At least one accepted candidate completed training"),
        ProgrammeStage.MentorBank => Texts.Pick("База наставников не пуста", "The mentor bank is not empty"),
        ProgrammeStage.MenteeBank => Texts.Pick("Хотя бы один наставляемый с хотя бы одним запросом", "At least one mentee with at least one request"),
        ProgrammeStage.OrganisationOfWork => Texts.Pick("Хотя бы одна действующая пара или группа", "At least one active pair or group"),
        ProgrammeStage.Completion => Texts.Pick("Ни одной действующей пары или группы", "No pair or group still active"),
        _ => stage.ToString(),
    };

    public static string Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.GeneralEducationSchool => Texts.Pick("Общеобразовательная организация", "General education school"),
        OrganizationKind.SpecialNeedsSchool => Texts.Pick("Организация для обучающихся с ОВЗ", "School for children with special needs"),
        OrganizationKind.OrphanCareOrganization => Texts.Pick("Организация для детей-сирот и детей, оставшихся без попечения родителей", "Organisation for orphans"),
        OrganizationKind.VocationalCollege => Texts.Pick("Профессиональная образовательная организация (СПО)", "Vocational college"),
        OrganizationKind.AdditionalEducation => Texts.Pick("Организация дополнительного образования", "Additional education organisation"),
        OrganizationKind.HigherEducation => Texts.Pick("Образовательная организация высшего образования", "Higher education institution"),
        OrganizationKind.Employer => Texts.Pick("Предприятие, работодатель", "Enterprise, employer"),
        OrganizationKind.Ngo => Texts.Pick("Некоммерческая организация", "Non-governmental organisation"),
        OrganizationKind.IndividualEntrepreneur => Texts.Pick("Индивидуальный предприниматель", "Individual entrepreneur"),
        OrganizationKind.RegionalMethodologicalCentre => Texts.Pick("Региональный методический центр", "Regional methodological centre"),
        OrganizationKind.MunicipalMethodologicalCentre => Texts.Pick("Муниципальный методический центр", "Municipal methodological centre"),
        _ => kind.ToString(),
    };

    public static string Of(PersonCategory category) => category switch
    {
        PersonCategory.Pupil => Texts.Pick("Обучающийся", "Pupil"),
        PersonCategory.Student => Texts.Pick("Студент", "Student"),
        PersonCategory.Teacher => Texts.Pick("Педагог", "Teacher"),
        PersonCategory.EmployerRepresentative => Texts.Pick("Представитель работодателя", "Employer representative"),
        PersonCategory.Parent => Texts.Pick("Родитель (законный представитель)", "Parent (legal representative)"),
        PersonCategory.NgoVolunteer => Texts.Pick("Представитель НКО, волонтёр", "NGO representative, volunteer"),
        PersonCategory.Other => Texts.Pick("Другое", "Other"),
        _ => category.ToString(),
    };

    public static string Of(EfficiencyCriterion criterion) => criterion switch
    {
        EfficiencyCriterion.ProgrammeExists => Texts.Pick("Наличие программы наставничества", "A mentorship programme exists"),
        EfficiencyCriterion.DeficitConditions => Texts.Pick("Условия для устранения профессиональных дефицитов педагогов", "Conditions to remove teachers' professional deficits"),
        EfficiencyCriterion.MotivationSystem => Texts.Pick("Система мотивации (материальной и нематериальной)", "Motivation system (material and non-material)"),
        EfficiencyCriterion.YoungTeacherRetention => Texts.Pick("Закрепление молодых специалистов в профессии", "Retention of young teachers"),
        EfficiencyCriterion.YoungSpecialistContests => Texts.Pick("Участие молодых специалистов в профессиональных конкурсах", "Young specialists' participation in professional contests"),
        EfficiencyCriterion.DisseminationAndTraining => Texts.Pick("Диссеминация опыта и непрерывное обучение", "Dissemination and continuous training"),
        EfficiencyCriterion.LearningDynamics => Texts.Pick("Динамика образовательных результатов в классах наставляемых", "Dynamics of learning results in the mentees' classes"),
        _ => criterion.ToString(),
    };

    public static IReadOnlyList<string> LevelsOf(EfficiencyCriterion criterion) => criterion switch
    {
        EfficiencyCriterion.ProgrammeExists => [Texts.Pick("есть", "present"), Texts.Pick("нет", "absent")],
        EfficiencyCriterion.DeficitConditions => [Texts.Pick("доступны", "available"), Texts.Pick("есть, но недоступны", "exist but unavailable"), Texts.Pick("нет", "none")],
        EfficiencyCriterion.MotivationSystem => [Texts.Pick("эффективна", "effective"), Texts.Pick("неэффективна", "ineffective"), Texts.Pick("нет", "none")],
        EfficiencyCriterion.YoungTeacherRetention or EfficiencyCriterion.YoungSpecialistContests =>
            ["100–80 %", "79–60 %", "59–40 %", Texts.Pick("39 % и ниже", "39 % and below")],
        EfficiencyCriterion.DisseminationAndTraining => [Texts.Pick("есть", "present"), Texts.Pick("нет", "absent")],
        EfficiencyCriterion.LearningDynamics => [Texts.Pick("положительная", "positive"), Texts.Pick("стабильная", "stable"), Texts.Pick("отрицательная", "negative")],
        _ => [],
    };
}
