namespace Mentorship.Domain.Territory;

/// <summary>
/// Kind of organisation (тип организации): GeneralEducationSchool — общеобразовательная организация; SpecialNeedsSchool
/// — организация для обучающихся с ОВЗ; OrphanCareOrganization — организация для детей-сирот и детей, оставшихся без
/// попечения родителей; VocationalCollege — профессиональная образовательная организация (СПО); AdditionalEducation —
/// организация дополнительного образования; HigherEducation — образовательная организация высшего образования; Employer
/// — предприятие, работодатель; Ngo — некоммерческая организация (НКО); IndividualEntrepreneur — индивидуальный
/// предприниматель; RegionalMethodologicalCentre — региональный методический центр; MunicipalMethodologicalCentre —
/// муниципальный методический центр.
/// </summary>
public enum OrganizationKind
{
    /// <summary>Общеобразовательная организация.</summary>
    GeneralEducationSchool = 1,

    /// <summary>Организация для обучающихся с ОВЗ.</summary>
    SpecialNeedsSchool,

    /// <summary>Организация для детей-сирот и детей, оставшихся без попечения родителей.</summary>
    OrphanCareOrganization,

    /// <summary>Профессиональная образовательная организация (СПО).</summary>
    VocationalCollege,

    /// <summary>Организация дополнительного образования.</summary>
    AdditionalEducation,

    /// <summary>Образовательная организация высшего образования.</summary>
    HigherEducation,

    /// <summary>Предприятие, работодатель.</summary>
    Employer,

    /// <summary>Некоммерческая организация.</summary>
    Ngo,

    /// <summary>Индивидуальный предприниматель.</summary>
    IndividualEntrepreneur,

    /// <summary>Региональный методический центр.</summary>
    RegionalMethodologicalCentre,

    /// <summary>Муниципальный методический центр.</summary>
    MunicipalMethodologicalCentre,
}

public static class OrganizationKindExtensions
{
    /// <summary>Organisations that teach pupils and so report pupil head-counts and run school programmes.</summary>
    public static bool IsEducational(this OrganizationKind kind) => kind is OrganizationKind.GeneralEducationSchool
        or OrganizationKind.SpecialNeedsSchool or OrganizationKind.OrphanCareOrganization
        or OrganizationKind.VocationalCollege or OrganizationKind.AdditionalEducation or OrganizationKind.HigherEducation;

    /// <summary>
    /// Organisations the organisation shares count (with a programme, with trained staff): schools, СПО and ДО —
    /// never universities, employers or NGOs (DESIGN.md §2).
    /// </summary>
    public static bool CountsInOrganizationShares(this OrganizationKind kind) => kind.IsEducational() && kind != OrganizationKind.HigherEducation;
}
