using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Criteria.Commands.CloseQuestionnaire;

/// <summary>Closes a teacher questionnaire: no more answers are taken; the recompute keeps counting those given.</summary>
/// <param name="Id">The questionnaire.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CloseQuestionnaireCommand(Guid Id) : IRequest<QuestionnaireDto>;

internal sealed class CloseQuestionnaireHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<CloseQuestionnaireCommand, QuestionnaireDto>
{
    public async Task<QuestionnaireDto> Handle(CloseQuestionnaireCommand request, CancellationToken cancellationToken)
    {
        var questionnaire = await CriteriaReads.QuestionnaireInScopeAsync(db, request.Id, cancellationToken);
        questionnaire.Close(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await CriteriaReads.QuestionnaireAsync(db, questionnaire, cancellationToken);
    }
}
