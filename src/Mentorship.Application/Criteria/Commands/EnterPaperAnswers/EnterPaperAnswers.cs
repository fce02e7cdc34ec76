using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Monitoring;

namespace Mentorship.Application.Criteria.Commands.EnterPaperAnswers;

/// <summary>One paper answer as the teacher wrote it; any level may be left out, but not all three.</summary>
/// <param name="DeficitConditions">2.1 Conditions to remove deficits: Available, Unavailable or None.</param>
/// <param name="MaterialMotivation">3.1 Material motivation: Effective, Ineffective or None.</param>
/// <param name="NonMaterialMotivation">3.2 Non-material motivation: Effective, Ineffective or None.</param>
public sealed record PaperAnswer(CriterionLevel? DeficitConditions, CriterionLevel? MaterialMotivation, CriterionLevel? NonMaterialMotivation);

/// <summary>The curator enters paper answers to the questionnaire in bulk (idempotent by the Idempotency-Key header).</summary>
/// <param name="Answers">The answers, 1 to 1 000; all-or-nothing.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record EnterPaperAnswersCommand(IReadOnlyList<PaperAnswer>? Answers) : IRequest<QuestionnaireDto>
{
    public const int MaxAnswers = 1000;

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid QuestionnaireId { get; init; }
}

internal sealed class EnterPaperAnswersHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<EnterPaperAnswersCommand, QuestionnaireDto>
{
    public async Task<QuestionnaireDto> Handle(EnterPaperAnswersCommand request, CancellationToken cancellationToken)
    {
        var questionnaire = await CriteriaReads.QuestionnaireInScopeAsync(db, request.QuestionnaireId, cancellationToken);
        questionnaire.EnsureOpen();
        var now = time.GetUtcNow();
        db.QuestionnaireAnswers.AddRange(request.Answers!.Select(a =>
            new QuestionnaireAnswer(questionnaire.Id, null, a.DeficitConditions, a.MaterialMotivation, a.NonMaterialMotivation, now)));
        await db.SaveChangesAsync(cancellationToken);
        return await CriteriaReads.QuestionnaireAsync(db, questionnaire, cancellationToken);
    }
}
