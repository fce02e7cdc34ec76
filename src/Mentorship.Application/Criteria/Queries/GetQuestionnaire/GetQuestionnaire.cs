using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;

namespace Mentorship.Application.Criteria.Queries.GetQuestionnaire;

/// <summary>A teacher questionnaire with its answers counted (anonymous).</summary>
/// <param name="Id">The questionnaire.</param>
[Authorize(Roles = MonitoringScope.OrganizationReaders)]
public sealed record GetQuestionnaireQuery(Guid Id) : IRequest<QuestionnaireDto>;

internal sealed class GetQuestionnaireHandler(IApplicationDbContext db) : IRequestHandler<GetQuestionnaireQuery, QuestionnaireDto>
{
    public async Task<QuestionnaireDto> Handle(GetQuestionnaireQuery request, CancellationToken cancellationToken)
    {
        var questionnaire = await CriteriaReads.QuestionnaireInScopeAsync(db, request.Id, cancellationToken);
        return await CriteriaReads.QuestionnaireAsync(db, questionnaire, cancellationToken);
    }
}
