using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Criteria.Commands.AnswerQuestionnaire;

/// <summary>
/// A teacher answers their organisation's questionnaire with their own token; answering again replaces the answer.
/// Any level may be left out (not answered), but not all three.
/// </summary>
/// <param name="DeficitConditions">2.1 Conditions to remove deficits: Available, Unavailable or None.</param>
/// <param name="MaterialMotivation">3.1 Material motivation: Effective, Ineffective or None.</param>
/// <param name="NonMaterialMotivation">3.2 Non-material motivation: Effective, Ineffective or None.</param>
[Authorize(Roles = $"{Roles.Mentor},{Roles.Mentee}")]
public sealed record AnswerQuestionnaireCommand(CriterionLevel? DeficitConditions, CriterionLevel? MaterialMotivation, CriterionLevel? NonMaterialMotivation) : IRequest<MediatR.Unit>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid QuestionnaireId { get; init; }
}

internal sealed class AnswerQuestionnaireHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<AnswerQuestionnaireCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AnswerQuestionnaireCommand request, CancellationToken cancellationToken)
    {
        // A teacher is outside the organisation's scope: the questionnaire is found past the filters, and anyone who is
        // not a teacher of its organisation is told it does not exist.
        var questionnaire = await db.TeacherQuestionnaires.IgnoreQueryFilters().SingleOrDefaultAsync(q => q.Id == request.QuestionnaireId, cancellationToken);
        if (questionnaire is null || user.PersonId is not { } personId || !await CriteriaReads.IsTeacherOfAsync(db, personId, questionnaire.OrganizationId, cancellationToken))
        {
            throw new NotFoundException(nameof(TeacherQuestionnaire), request.QuestionnaireId);
        }

        questionnaire.EnsureOpen();
        var now = time.GetUtcNow();
        var answer = await db.QuestionnaireAnswers.SingleOrDefaultAsync(a => a.QuestionnaireId == questionnaire.Id && a.PersonId == personId, cancellationToken);
        if (answer is null)
        {
            db.QuestionnaireAnswers.Add(new QuestionnaireAnswer(questionnaire.Id, personId, request.DeficitConditions, request.MaterialMotivation, request.NonMaterialMotivation, now));
        }
        else
        {
            answer.Replace(request.DeficitConditions, request.MaterialMotivation, request.NonMaterialMotivation, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
