using FluentValidation;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyGrowth;

public sealed class GetSurveyGrowthValidator : AbstractValidator<GetSurveyGrowthQuery>
{
    public GetSurveyGrowthValidator()
    {
        RuleFor(q => q.ProgrammeId).NotEmpty();
        RuleFor(q => q.Role).IsInEnum();
    }
}
