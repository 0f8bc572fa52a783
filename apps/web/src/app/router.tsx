import { createBrowserRouter, type RouteObject } from 'react-router';
import { ErrorPage } from '../routes/ErrorPage';
import { NotFoundPage } from '../routes/NotFoundPage';
import { SignInPage } from '../routes/SignInPage';
import {
  ACCOUNT_PATH,
  FORGOT_PASSWORD_PATH,
  INVITATION_PATH,
  RESET_PASSWORD_PATH,
} from '../features/account/paths';
import { PageLoader } from '../ui/PageLoader';
import { SIGN_IN_PATH } from './areas';
import { HomeRedirect } from './HomeRedirect';
import { AppShell } from './AppShell';
import { RequireViewer } from './RequireViewer';

/** Area pages load on first visit (one chunk each); their modules use named exports. */
export const routes: RouteObject[] = [
  {
    errorElement: <ErrorPage standalone />,
    HydrateFallback: PageLoader,
    children: [
      { path: SIGN_IN_PATH, element: <SignInPage /> },
      // Reached signed out, from a one-time link or the sign-in page.
      {
        path: INVITATION_PATH,
        lazy: () => import('../routes/InvitationPage').then((m) => ({ Component: m.InvitationPage })),
      },
      {
        path: RESET_PASSWORD_PATH,
        lazy: () => import('../routes/ResetPasswordPage').then((m) => ({ Component: m.ResetPasswordPage })),
      },
      {
        path: FORGOT_PASSWORD_PATH,
        lazy: () => import('../routes/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })),
      },
      {
        element: (
          <RequireViewer>
            <AppShell />
          </RequireViewer>
        ),
        children: [
          {
            // Errors inside a page keep the shell (navigation stays usable).
            errorElement: <ErrorPage />,
            children: [
              { index: true, element: <HomeRedirect /> },
              {
                path: 'landskab',
                lazy: () => import('../routes/LandscapePage').then((m) => ({ Component: m.LandscapePage })),
              },
              {
                path: 'systemer',
                lazy: () => import('../routes/SystemsPage').then((m) => ({ Component: m.SystemsPage })),
              },
              {
                path: 'systemer/:id',
                lazy: () =>
                  import('../routes/SystemDetailPage').then((m) => ({ Component: m.SystemDetailPage })),
              },
              {
                path: 'datakilder',
                lazy: () =>
                  import('../routes/DataSourcesPage').then((m) => ({ Component: m.DataSourcesPage })),
              },
              {
                path: 'datakilder/:id',
                lazy: () =>
                  import('../routes/DataSourceDetailPage').then((m) => ({
                    Component: m.DataSourceDetailPage,
                  })),
              },
              {
                path: 'snitflader',
                lazy: () => import('../routes/InterfacesPage').then((m) => ({ Component: m.InterfacesPage })),
              },
              {
                path: 'snitflader/:id',
                lazy: () =>
                  import('../routes/InterfaceDetailPage').then((m) => ({ Component: m.InterfaceDetailPage })),
              },
              {
                path: 'kontrakter',
                lazy: () => import('../routes/ContractsPage').then((m) => ({ Component: m.ContractsPage })),
              },
              {
                path: 'kontrakter/:id',
                lazy: () =>
                  import('../routes/ContractDetailPage').then((m) => ({ Component: m.ContractDetailPage })),
              },
              {
                path: 'leverandoerer',
                lazy: () => import('../routes/SuppliersPage').then((m) => ({ Component: m.SuppliersPage })),
              },
              {
                path: 'leverandoerer/:id',
                lazy: () =>
                  import('../routes/SupplierDetailPage').then((m) => ({ Component: m.SupplierDetailPage })),
              },
              {
                path: 'portefolje',
                lazy: () => import('../routes/PortfolioPage').then((m) => ({ Component: m.PortfolioPage })),
              },
              {
                path: 'portefolje/projekter/:id',
                lazy: () =>
                  import('../routes/ProjectDetailPage').then((m) => ({ Component: m.ProjectDetailPage })),
              },
              {
                path: 'portefolje/prioriteringsmodel',
                lazy: () =>
                  import('../routes/PrioritisationModelPage').then((m) => ({
                    Component: m.PrioritisationModelPage,
                  })),
              },
              {
                path: 'portefolje/programmer',
                lazy: () => import('../routes/ProgrammesPage').then((m) => ({ Component: m.ProgrammesPage })),
              },
              {
                path: 'portefolje/programmer/:id',
                lazy: () =>
                  import('../routes/ProgrammeDetailPage').then((m) => ({ Component: m.ProgrammeDetailPage })),
              },
              {
                path: 'portefolje/synergi',
                lazy: () => import('../routes/SynergyPage').then((m) => ({ Component: m.SynergyPage })),
              },
              {
                path: 'portefolje/moede',
                lazy: () =>
                  import('../routes/BoardMeetingPage').then((m) => ({ Component: m.BoardMeetingPage })),
              },
              {
                path: 'ressourcer',
                lazy: () => import('../routes/ResourcesPage').then((m) => ({ Component: m.ResourcesPage })),
              },
              {
                path: 'gevinster',
                lazy: () => import('../routes/BenefitsPage').then((m) => ({ Component: m.BenefitsPage })),
              },
              {
                path: 'gevinster/:id',
                lazy: () =>
                  import('../routes/BenefitDetailPage').then((m) => ({ Component: m.BenefitDetailPage })),
              },
              {
                path: 'modenhed',
                lazy: () => import('../routes/MaturityPage').then((m) => ({ Component: m.MaturityPage })),
              },
              {
                path: 'admin',
                lazy: () => import('../routes/AdminPage').then((m) => ({ Component: m.AdminPage })),
              },
              {
                path: ACCOUNT_PATH,
                lazy: () => import('../routes/AccountPage').then((m) => ({ Component: m.AccountPage })),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
