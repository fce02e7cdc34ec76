using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyGrowth;

/// <summary>Each participant's growth over the programme: mean of the 1–10 answers at each point; growth = final − initial.</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="Role">Only this role.</param>
/// <param name="GroupId">Only this pair or group.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetSurveyGrowthQuery(Guid ProgrammeId, SurveyRole? Role = null, Guid? GroupId = null) : IRequest<IReadOnlyList<SurveyGrowthDto>>;

internal sealed class GetSurveyGrowthHandler(IApplicationDbContext db) : IRequestHandler<GetSurveyGrowthQuery, IReadOnlyList<SurveyGrowthDto>>
{
    public async Task<IReadOnlyList<SurveyGrowthDto>> Handle(GetSurveyGrowthQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureProgrammeVisibleAsync(request.ProgrammeId, cancellationToken);
        var rows = await (from answer in db.SurveyAnswers
                          join response in db.SurveyResponses on answer.ResponseId equals response.Id
                          join template in db.SurveyTemplates on response.TemplateId equals template.Id
                          where response.ProgrammeId == request.ProgrammeId && response.SubmittedAt != null && answer.Scale != null
                                && (request.Role == null || template.Role == request.Role)
                                && (request.GroupId == null || response.GroupId == request.GroupId)
                          group answer.Scale by new { response.RespondentPersonId, response.GroupId, template.Role, template.Point } into g
                          select new { g.Key.RespondentPersonId, g.Key.GroupId, g.Key.Role, g.Key.Point, Mean = g.Average(s => (double)s!.Value) })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.RespondentPersonId, r.GroupId, r.Role))
            .Select(g =>
            {
                double? At(ProgressPoint point) => g.Where(r => r.Point == point).Select(r => (double?)Math.Round(r.Mean, 2)).FirstOrDefault();
                var initial = At(ProgressPoint.Initial);
                var final = At(ProgressPoint.Final);
                return new SurveyGrowthDto(g.Key.RespondentPersonId, g.Key.GroupId, g.Key.Role, initial, At(ProgressPoint.Midpoint), final,
                    initial is { } i && final is { } f ? Math.Round(f - i, 2) : null);
            })
            .OrderBy(r => r.GroupId).ThenBy(r => r.Role).ThenBy(r => r.RespondentPersonId).ToList();
    }
}
