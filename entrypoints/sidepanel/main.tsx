import { render } from 'preact';
import { ApiContext } from '../../components/api';
import { App } from '../../components/App';
import { connectPanel } from './connect';

// Marks for the benchmark's breakdown of the first render (scripts/bench/panel.ts).
performance.mark('ascp:start');
connectPanel().then((api) => {
  performance.mark('ascp:connected');
  render(
    <ApiContext.Provider value={api}>
      <App />
    </ApiContext.Provider>,
    document.getElementById('app')!,
  );
  performance.mark('ascp:rendered');
});
