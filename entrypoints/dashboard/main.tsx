import { mountApp } from '../../components/mount';
import { DashboardApp } from '../../components/dashboard/DashboardApp';

mountApp(<DashboardApp />);
