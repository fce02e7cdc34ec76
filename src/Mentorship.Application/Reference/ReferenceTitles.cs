using Mentorship.Application.Common.Localization;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Reference;

/// <summary>
/// Titles of the reference data in the request's language, as the methodology names them: the display texts
/// <c>enum.&lt;Type&gt;.&lt;Value&gt;</c> of the catalogue, which also show enum arguments in error messages.
/// </summary>
public static class ReferenceTitles
{
    public static string Of(MentoringForm form) => Title(form);

    public static string Of(MentoringFormat format) => Title(format);

    public static string Of(ProgrammeStage stage) => Title(stage);

    public static string Of(OrganizationKind kind) => Title(kind);

    public static string Of(PersonCategory category) => Title(category);

    public static string Of(EfficiencyCriterion criterion) => Title(criterion);

    /// <summary>The condition to leave a stage (the gate), in words.</summary>
    public static string GateOf(ProgrammeStage stage) => Catalogue.Text($"reference.stage_gate.{stage}");

    /// <summary>The levels of a criterion's scale besides "no data", from the highest to the lowest.</summary>
    public static IReadOnlyList<string> LevelsOf(EfficiencyCriterion criterion) => CriterionLevels.For(criterion).Select(Title).ToList();

    /// <summary>The title of any enum value the catalogue has; the value's name where it has none.</summary>
    public static string Title<TEnum>(TEnum value)
        where TEnum : struct, Enum => Catalogue.Text($"enum.{typeof(TEnum).Name}.{value}");
}
